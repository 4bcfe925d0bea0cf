package org.newsroom.web.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class PageCacheFilterTest {

    @Test
    void gzipOnlyWhenTheClientAcceptsIt() {
        assertTrue(PageCacheFilter.acceptsGzip("gzip, deflate, br"));
        assertTrue(PageCacheFilter.acceptsGzip("br;q=1.0, gzip;q=0.8"));
        assertTrue(PageCacheFilter.acceptsGzip("*"));
        assertFalse(PageCacheFilter.acceptsGzip(null));
        assertFalse(PageCacheFilter.acceptsGzip("br"));
        assertFalse(PageCacheFilter.acceptsGzip("gzip;q=0"));
        assertFalse(PageCacheFilter.acceptsGzip("identity, gzip; q=0.0"));
    }

    @Test
    void ifNoneMatchComparesWeaklyAndAcceptsLists() {
        assertTrue(PageCacheFilter.matches("\"a\"", "\"a\""));
        assertTrue(PageCacheFilter.matches("\"b\", \"a\"", "\"a\""));
        assertTrue(PageCacheFilter.matches("W/\"a\"", "\"a\""));
        assertTrue(PageCacheFilter.matches("*", "\"a\""));
        assertFalse(PageCacheFilter.matches("\"b\"", "\"a\""));
    }

    @Test
    void gzipRoundTrips() throws IOException {
        byte[] html = "<p>hello</p>".repeat(200).getBytes(StandardCharsets.UTF_8);
        byte[] gzipped = PageCacheFilter.gzip(html);
        assertTrue(gzipped.length < html.length / 10);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            assertArrayEquals(html, in.readAllBytes());
        }
    }
}
