package org.newsroom.web.cache;

import java.util.Collections;
import java.util.Set;

/**
 * One rendered response as the cache keeps it: everything a hit needs is computed once,
 * at store time (gzip, ETag, the header line of keys), so a hit is header writes and a copy.
 *
 * @param gzipped         null when gzip would not make the body smaller
 * @param countsReadOf    the article whose read a hit must still count ("most read"), or null
 * @param storedAtNanos   when it was rendered, for {@link PageCache#isStale}
 */
public record CachedPage(byte[] body, byte[] gzipped, String etag, String contentType, String cacheControl,
                         Set<String> keys, String surrogateKeyHeader, Long countsReadOf, long storedAtNanos) {

    /** Roughly what the entry costs on the heap; the size limit is in these units. */
    public int weight() {
        int keyBytes = keys.stream().mapToInt(k -> 48 + 2 * k.length()).sum();
        return 256 + body.length + (gzipped == null ? 0 : gzipped.length) + keyBytes;
    }

    public boolean showsAny(Set<String> changed) {
        return !Collections.disjoint(keys, changed);
    }
}
