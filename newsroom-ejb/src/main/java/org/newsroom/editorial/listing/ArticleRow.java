package org.newsroom.editorial.listing;

import java.io.Serializable;
import java.time.Instant;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.edition.Edition;

/** One line of a story list: what a table shows, never the body. */
public record ArticleRow(long id, Edition edition, ArticleStatus status, String headline, String sectionName,
                         String createdBy, String desk, Instant createdAt, Instant updatedAt, Instant publishAt,
                         Instant publishedAt) implements Serializable {
}
