package org.newsroom.editorial.search;

import java.time.LocalDate;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.edition.Edition;

/**
 * What a reader asked for. {@code text} is free text with simple operators (quotes,
 * {@code +}, {@code -}, {@code |}, {@code *}); a null filter does not filter; dates are
 * inclusive calendar days in UTC; {@code page} counts from 0.
 */
public record SearchQuery(Edition edition, String text, String section, String region, ArticleKind kind,
        LocalDate from, LocalDate to, int page, int size) {
}
