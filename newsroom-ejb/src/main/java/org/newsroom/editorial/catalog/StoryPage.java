package org.newsroom.editorial.catalog;

import java.util.List;

/**
 * One page of a list of stories, whoever reads it: teasers for the reader site's pagers, whole
 * stories for the public API. {@code page} counts from 1, as the reader site's URLs do (the API,
 * whose pages count from 0, says {@code page - 1}).
 */
public record StoryPage<T>(List<T> items, int page, int pageCount, long total) {

    /** How many pages {@code total} stories fill at {@code pageSize} a page: at least one. */
    public static int pageCount(long total, int pageSize) {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }
}
