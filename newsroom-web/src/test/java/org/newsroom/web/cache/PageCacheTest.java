package org.newsroom.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    private static PageCache cache(long maxBytes) {
        return new PageCache(true, maxBytes, Duration.ofMinutes(5), Runnable::run);
    }

    private static CachedPage page(int bytes, String... keys) {
        return new CachedPage(new byte[bytes], null, "\"x\"", "text/html", "public", Set.of(keys),
                String.join(" ", keys), null, System.nanoTime());
    }

    @Test
    void sizeLimitHoldsByEvictingPages() {
        PageCache cache = cache(100_000);
        for (int i = 0; i < 200; i++) {
            cache.store("/en/p" + i, page(10_000, "edition:en"), System.nanoTime());
        }
        assertTrue(cache.weight() <= 100_000, "held " + cache.weight() + " bytes");
        assertTrue(cache.size() <= 10, "held " + cache.size() + " pages");
        assertTrue(cache.size() > 0);
    }

    @Test
    void dropRemovesExactlyThePagesShowingAChangedKey() {
        PageCache cache = cache(10_000_000);
        long before = System.nanoTime() - Duration.ofSeconds(10).toNanos();
        cache.store("/en/", page(10, "edition:en", "home:en", "article:1"), before);
        cache.store("/en/news/", page(10, "edition:en", "section:en:news", "article:1"), before);
        cache.store("/en/sport/", page(10, "edition:en", "section:en:sport", "article:2"), before);
        cache.store("/es/", page(10, "edition:es", "home:es", "article:3"), before);

        assertEquals(2, cache.drop(Set.of("article:1")));

        assertNull(cache.find("/en/"));
        assertNull(cache.find("/en/news/"));
        assertNotNull(cache.find("/en/sport/"));
        assertNotNull(cache.find("/es/"));
    }

    @Test
    void aRenderOverlappingADropIsServedButNotKept() {
        PageCache cache = cache(10_000_000);
        long renderStarted = System.nanoTime();
        cache.drop(Set.of("home:en"));
        assertFalse(cache.store("/en/", page(10, "edition:en", "home:en"), renderStarted));
        assertNull(cache.find("/en/"));
        // A page that does not show what changed is kept.
        assertTrue(cache.store("/en/tag/x/", page(10, "edition:en", "tag:en:x"), renderStarted));
    }

    @Test
    void aRenderLongAfterTheDropIsKept() {
        PageCache cache = cache(10_000_000);
        cache.drop(Set.of("home:en"));
        long muchLater = System.nanoTime() + PageCache.SETTLE.toNanos() + Duration.ofMillis(100).toNanos();
        assertTrue(cache.store("/en/", page(10, "edition:en", "home:en"), muchLater));
    }

    @Test
    void keyIsTheWholeUrl() {
        assertEquals("/en/news/?page=2", PageCache.keyOf("/en/news/", "page=2"));
        assertEquals("/es/news/", PageCache.keyOf("/es/news/", null));
    }
}
