package org.newsroom.editorial.catalog;

import java.util.List;

/** One page of a list of stories; {@code page} counts from 1 as in the URL. */
public record TeaserPage(List<ArticleTeaser> items, int page, int pageCount, long total) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount;
    }
}
