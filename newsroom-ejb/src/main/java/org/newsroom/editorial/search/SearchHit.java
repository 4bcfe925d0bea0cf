package org.newsroom.editorial.search;

import java.time.Instant;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.edition.Edition;

/**
 * One found story. {@code headlineHtml} and {@code snippetHtml} are safe HTML whose only
 * markup is {@code <mark>} around the matched words; everything else is escaped.
 */
public record SearchHit(long id, Edition edition, ArticleKind kind, String headline, String headlineHtml,
        String snippetHtml, String path, String sectionName, Instant publishedAt, float score) {
}
