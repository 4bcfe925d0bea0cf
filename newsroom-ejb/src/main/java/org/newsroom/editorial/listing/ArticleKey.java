package org.newsroom.editorial.listing;

import java.time.Instant;

/** A row's place in the newest-first order (creation time, then id): where the next page by key starts. */
public record ArticleKey(Instant createdAt, long id) {

    public static ArticleKey of(ArticleRow row) {
        return new ArticleKey(row.createdAt(), row.id());
    }
}
