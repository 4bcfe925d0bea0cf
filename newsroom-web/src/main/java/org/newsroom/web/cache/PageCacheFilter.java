package org.newsroom.web.cache;

import io.undertow.servlet.handlers.ServletRequestContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.newsroom.editorial.metrics.NewsroomMeters;
import org.newsroom.web.article.ReaderAgents;

/**
 * The render path of the page cache, ahead of RESTEasy. Hits are answered before the
 * servlet container by {@link CacheHitHandler}; what reaches this filter is a miss, the one
 * request that re-renders a stale page, or (before the handler has the cache, or in a race
 * with a render that just finished) a hit. A miss is rendered as usual with its body held
 * back; a 200 without cookies that names its {@link SurrogateKeys} is kept.
 *
 * <p>Renders are bounded ({@link RenderPermits}): when no turn comes within the wait, a page
 * the cache still holds is sent as it is ({@code X-Cache: STALE}), anything else gets a 503
 * with {@code Retry-After}. Server-Sent Events streams, WebSocket upgrades, images and
 * assets never come through the cache or the bound.
 */
@WebFilter(filterName = "page-cache", urlPatterns = "/*", asyncSupported = true)
public class PageCacheFilter extends HttpFilter {

    /** The article page sets this so a hit still counts a read for "most read". */
    public static final String COUNTS_READ_OF = PageCacheFilter.class.getName() + ".countsReadOf";

    /** Reader pages below an edition, and the public API; not its streams. */
    private static final Pattern CACHEABLE_PATH = Pattern.compile("^/(?:[a-z]{2}/.*|api/v1/(?!.*/stream$).*)$");

    private static final long RENDER_WAIT_SECONDS = 5;
    /** What a refused reader is told: by then the renders in the way are long done. */
    static final int RETRY_AFTER_SECONDS = 2;

    @Inject
    PageCache cache;

    @Inject
    ReadTally reads;

    @Inject
    NewsroomMeters meters;

    private final RenderPermits permits = RenderPermits.fromSettings();

    @Override
    public void init() {
        // Made here, on a deployment thread: CDI would otherwise make it on the first request, on an IO thread.
        cache.enabled();
        // The handler ahead of the servlets answers hits from the same cache (see CacheHits).
        getServletContext().setAttribute(CacheHits.ATTRIBUTE, new CacheHits(cache, reads, meters));
    }

    @Override
    public void destroy() {
        getServletContext().removeAttribute(CacheHits.ATTRIBUTE);
    }

    /** A GET or HEAD of this path is the cache's business (and the render bound's). */
    static boolean isCacheable(String path, String accept) {
        return CACHEABLE_PATH.matcher(path).matches() && (accept == null || !accept.contains("text/event-stream"));
    }

    /** A WebSocket handshake is no page (an h2c upgrade is: the server answers it as plain HTTP/1.1, see install.cli). */
    private static boolean isWebSocket(HttpServletRequest request) {
        String upgrade = request.getHeader("Upgrade");
        return upgrade != null && upgrade.toLowerCase(Locale.ROOT).contains("websocket");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean get = "GET".equals(request.getMethod());
        boolean head = "HEAD".equals(request.getMethod());
        String path = request.getRequestURI();
        if (!(get || head) || !isCacheable(path, request.getHeader("Accept")) || isWebSocket(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = PageCache.keyOf(path, request.getQueryString());
        boolean claimedAhead = key.equals(renderClaimedAhead());
        if (!cache.enabled()) {
            if (claimedAhead) {
                cache.rendered(key, null); // switched off in between: nobody renders to keep
            }
            renderBounded(null, request, response, chain);
            return;
        }
        if (!claimedAhead) {
            CachedPage page = cache.find(key);
            if (page != null && (head || !cache.isStale(page) || cache.claimRender(key) != null)) {
                // Fresh, or old and already being re-rendered by another request: this reader gets the copy.
                hit(page, request, response, head);
                return;
            }
            if (head) {
                renderBounded(page, request, response, chain);
                return;
            }
            if (page == null) {
                CompletableFuture<CachedPage> running = cache.claimRender(key);
                if (running != null) {
                    CachedPage awaited = await(running);
                    if (awaited != null) {
                        hit(awaited, request, response, false);
                    } else {
                        // That render was not one to keep (an error, or refused a turn): ours won't be either.
                        renderBounded(null, request, response, chain);
                    }
                    return;
                }
            }
        }
        // This request holds the claim: render, keep, and let the waiting ones have it.
        CachedPage rendered = null;
        try {
            if (!turn()) {
                refuse(cache.find(key), request, response);
                return;
            }
            long renderStarted = System.nanoTime();
            CachedPage page;
            try {
                page = render(request, response, chain, renderStarted);
            } finally {
                permits.release(); // before sending: a slow reader must not hold a turn to render
            }
            if (page != null) {
                // Rendered while something it shows changed: sent, not kept, and the waiting requests render afresh.
                rendered = cache.store(key, page, renderStarted) ? page : null;
                meters.pageCache(false);
                send(page, "MISS", request, response, false);
            }
        } finally {
            cache.rendered(key, rendered);
        }
    }

    /**
     * Renders with the body held back.
     *
     * @return the page, if it may be kept (not sent yet); null if it was not one to keep (then it has been answered)
     */
    private static CachedPage render(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
                                     long renderStarted) throws IOException, ServletException {
        CapturedResponse captured = new CapturedResponse(response);
        chain.doFilter(new WithoutValidators(request), captured);
        CachedPage page = keepable(captured, request, renderStarted);
        if (page == null) {
            String etag = captured.getHeader("ETag");
            String ifNoneMatch = request.getHeader("If-None-Match");
            if (captured.getStatus() == 200 && etag != null && ifNoneMatch != null && matches(ifNoneMatch, etag)) {
                // The render did not see the validator we hid; answer the 304 it would have.
                response.setStatus(304);
                response.setHeader("Content-Type", null);
                response.setHeader("Content-Length", null);
                return null;
            }
            captured.release();
        }
        return page;
    }

    /** A render whose result is not kept (cache off, HEAD miss, an earlier render not kept), within the bound all the same. */
    private void renderBounded(CachedPage stale, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!turn()) {
            refuse(stale, request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    private boolean turn() {
        try {
            return permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** No render turn came in time: the copy the cache still holds, or a 503 the reader's browser or CDN may retry. */
    private void refuse(CachedPage stale, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (stale != null) {
            meters.pageRenderRefused("stale");
            send(stale, "STALE", request, response, "HEAD".equals(request.getMethod()));
            return;
        }
        meters.pageRenderRefused("unavailable");
        response.setStatus(503);
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        byte[] body;
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType("application/problem+json");
            body = ("{\"type\":\"about:blank\",\"title\":\"Busy\",\"status\":503,"
                    + "\"detail\":\"Too many pages are being prepared right now; try again in " + RETRY_AFTER_SECONDS
                    + " seconds.\"}").getBytes(StandardCharsets.UTF_8);
        } else {
            response.setContentType("text/html;charset=UTF-8");
            body = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Busy</title></head><body>"
                    + "<h1>One moment, please</h1><p>Too many pages are being prepared right now. "
                    + "This page will be ready in a few seconds: please reload it.</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** The cache key whose stale page {@link CacheHitHandler} let this request re-render, taken over here; else null. */
    private static String renderClaimedAhead() {
        ServletRequestContext context = ServletRequestContext.current();
        return context == null ? null : context.getExchange().removeAttachment(CacheHitHandler.RENDER_CLAIMED);
    }

    private void hit(CachedPage page, HttpServletRequest request, HttpServletResponse response, boolean head)
            throws IOException {
        if (page.countsReadOf() != null && !ReaderAgents.isRobot(request.getHeader("User-Agent"))) {
            reads.count(page.countsReadOf());
        }
        meters.pageCache(true);
        send(page, "HIT", request, response, head);
    }

    /** A render normally takes milliseconds; past this, render on our own rather than keep the reader waiting. */
    private static CachedPage await(CompletableFuture<CachedPage> running) {
        try {
            return running.get(RENDER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }


    /** Only a complete 200 that named what it shows, sets no cookie and says nothing against storing it. */
    private static CachedPage keepable(CapturedResponse captured, HttpServletRequest request, long renderStarted)
            throws IOException {
        String keyHeader = captured.getHeader(SurrogateKeys.HEADER);
        String cacheControl = captured.getHeader("Cache-Control");
        if (captured.getStatus() != 200 || keyHeader == null || captured.setsCookie() || captured.isCommitted()
                || cacheControl == null || cacheControl.contains("no-store") || cacheControl.contains("private")) {
            return null;
        }
        Set<String> keys = SurrogateKeys.parse(keyHeader);
        if (keys.isEmpty()) {
            return null;
        }
        byte[] body = captured.body();
        String etag = captured.getHeader("ETag");
        if (etag == null || etag.startsWith("W/")) {
            etag = "\"" + sha256(body) + "\"";
        }
        byte[] gzipped = gzip(body);
        Object readOf = request.getAttribute(COUNTS_READ_OF);
        return new CachedPage(body, gzipped.length < body.length ? gzipped : null, etag, captured.getContentType(),
                cacheControl, Set.copyOf(keys), String.join(" ", keys), readOf instanceof Long id ? id : null, renderStarted);
    }

    private static void send(CachedPage page, String outcome, HttpServletRequest request, HttpServletResponse response,
                             boolean head) throws IOException {
        response.setHeader("ETag", page.etag());
        response.setHeader("Cache-Control", page.cacheControl());
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader(SurrogateKeys.HEADER, page.surrogateKeyHeader());
        response.setHeader("X-Cache", outcome);
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && matches(ifNoneMatch, page.etag())) {
            response.setStatus(304);
            response.setHeader("Content-Type", null);
            response.setHeader("Content-Length", null);
            return;
        }
        response.setStatus(200);
        response.setContentType(page.contentType());
        byte[] bytes = page.body();
        if (page.gzipped() != null && acceptsGzip(request.getHeader("Accept-Encoding"))) {
            bytes = page.gzipped();
            response.setHeader("Content-Encoding", "gzip");
        } else {
            response.setHeader("Content-Encoding", null);
        }
        response.setContentLength(bytes.length);
        if (!head) {
            response.getOutputStream().write(bytes);
        }
    }

    static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2); // If-None-Match compares weakly (RFC 9110 13.1.2)
            }
            if (tag.equals(etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }

    /** gzip unless the client refused it with q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase();
            if (name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].replace(" ", "");
                    if (parameter.equals("q=0") || parameter.matches("q=0\\.0*")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        // Best compression: it is paid once per render and saved on every hit.
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(body);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** On a miss the page must render in full to be kept, even if this reader already has it: the filter answers the 304. */
    private static final class WithoutValidators extends HttpServletRequestWrapper {

        WithoutValidators(HttpServletRequest request) {
            super(request);
        }

        private static boolean hidden(String name) {
            return "If-None-Match".equalsIgnoreCase(name) || "If-Modified-Since".equalsIgnoreCase(name);
        }

        @Override
        public String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public long getDateHeader(String name) {
            return hidden(name) ? -1 : super.getDateHeader(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !hidden(name)).toList());
        }
    }
}
