package org.newsroom.web.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import org.newsroom.editorial.configuration.Setting;

/**
 * This node's rendered pages, bounded by bytes (Caffeine's W-TinyLFU keeps the pages
 * readers actually come back to) and dropped by surrogate key.
 *
 * <p>A render that overlaps a change must not put the old page back: the database commit
 * and the message both belong to one XA transaction but need not become visible in the
 * same instant. So every drop is remembered for a moment, and a page whose render began
 * less than {@link #SETTLE} before a drop that names it is served but not kept.
 *
 * <p>Settings (environment variable or system property): {@code NEWSROOM_PAGE_CACHE} /
 * {@code newsroom.page.cache} ({@code false} turns it off, e.g. for the benchmark),
 * {@code NEWSROOM_PAGE_CACHE_MAX_BYTES} / {@code newsroom.page.cache.max.bytes} (64 MiB),
 * {@code NEWSROOM_PAGE_CACHE_TTL_SECONDS} / {@code newsroom.page.cache.ttl.seconds} (10:
 * what no message announces — most read, an expired ticker item — is this old before one
 * request re-renders the page, the others meanwhile getting the old copy, like a CDN's
 * stale-while-revalidate; 10 s is how often the read counter reaches the database anyway).
 */
@ApplicationScoped
public class PageCache {

    private static final Logger LOG = Logger.getLogger(PageCache.class.getName());

    static final Duration SETTLE = Duration.ofMillis(500);
    private static final long REMEMBER_DROPS_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final BooleanSupplier switchedOn;
    private final Cache<String, CachedPage> pages;
    private final ConcurrentLinkedDeque<Drop> recentDrops = new ConcurrentLinkedDeque<>();
    private final long timeToLiveNanos;
    /** Pages being rendered right now: everyone else asking for one waits for that render instead of starting another. */
    private final ConcurrentHashMap<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();

    private record Drop(long atNanos, Set<String> keys) {
    }

    public PageCache() {
        this(Setting.PAGE_CACHE::on, Setting.PAGE_CACHE_MAX_BYTES.number(),
                Duration.ofSeconds(Setting.PAGE_CACHE_TTL_SECONDS.number()), ForkJoinPool.commonPool());
        LOG.info(() -> "Page cache " + (enabled() ? "on" : "off (NEWSROOM_PAGE_CACHE=false)"));
    }

    /** For tests: a same-thread executor makes eviction happen before {@code cleanUp()} returns. */
    PageCache(boolean enabled, long maxBytes, Duration timeToLive, Executor maintenance) {
        this(() -> enabled, maxBytes, timeToLive, maintenance);
    }

    private PageCache(BooleanSupplier switchedOn, long maxBytes, Duration timeToLive, Executor maintenance) {
        this.switchedOn = switchedOn;
        this.timeToLiveNanos = timeToLive.toNanos();
        // No expiry here: an old page is re-rendered by one request while the others still get it (isStale).
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedPage page) -> page.weight())
                .executor(maintenance)
                .build();
    }

    /**
     * Read on every request (MicroProfile Config asks the system properties each time) so the benchmark
     * can switch the cache off and on in a running server ({@code /system-property=newsroom.page.cache:add(value=false)}).
     */
    public boolean enabled() {
        return switchedOn.getAsBoolean();
    }

    /** The cache key: the whole URL, path and query. The edition is the URL's first segment (or its query), so editions never share an entry. */
    public static String keyOf(String path, String query) {
        return query == null ? path : path + "?" + query;
    }

    public CachedPage find(String key) {
        return pages.getIfPresent(key);
    }

    /** Older than the time to live: what no message announces (most read, an expired ticker item) may have changed. */
    public boolean isStale(CachedPage page) {
        return System.nanoTime() - page.storedAtNanos() > timeToLiveNanos;
    }

    /**
     * Claims the render of a page, so that a busy page that was just dropped is rendered once,
     * not by every request that arrives meanwhile.
     *
     * @return null if the caller now renders it (and must call {@link #rendered}); else the render to wait for
     */
    public CompletableFuture<CachedPage> claimRender(String key) {
        CompletableFuture<CachedPage> claim = new CompletableFuture<>();
        CompletableFuture<CachedPage> running = rendering.putIfAbsent(key, claim);
        return running;
    }

    /** Ends a claimed render; {@code page} is null when the response was not one to keep. */
    public void rendered(String key, CachedPage page) {
        CompletableFuture<CachedPage> claim = rendering.remove(key);
        if (claim != null) {
            claim.complete(page);
        }
    }

    /**
     * Keeps a page unless a drop naming it happened after (or just before) its render began.
     *
     * @return whether it was kept
     */
    public boolean store(String key, CachedPage page, long renderStartedNanos) {
        long settledBefore = renderStartedNanos - SETTLE.toNanos();
        for (Drop drop : recentDrops) {
            if (drop.atNanos() - settledBefore >= 0 && !Collections.disjoint(drop.keys(), page.keys())) {
                return false;
            }
        }
        pages.put(key, page);
        return true;
    }

    /** Drops every page that shows any of these keys. @return how many */
    public int drop(Set<String> changed) {
        long now = System.nanoTime();
        // Remembered first, so a render finishing while we sweep is not kept either.
        recentDrops.addLast(new Drop(now, Set.copyOf(changed)));
        for (Iterator<Drop> old = recentDrops.iterator(); old.hasNext(); ) {
            if (now - old.next().atNanos() > REMEMBER_DROPS_NANOS) {
                old.remove();
            }
        }
        int[] dropped = {0};
        pages.asMap().values().removeIf(page -> {
            boolean shows = page.showsAny(changed);
            if (shows) {
                dropped[0]++;
            }
            return shows;
        });
        return dropped[0];
    }

    public long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    /** Bytes held, in {@link CachedPage#weight()} units. */
    public long weight() {
        pages.cleanUp();
        return pages.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
    }

    public void clear() {
        pages.invalidateAll();
    }
}
