package org.newsroom.editorial.listing;

import java.time.Instant;
import java.util.Set;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.edition.Edition;

/**
 * What to list; every field may be null (or empty) to mean "any". {@code createdFrom} and
 * {@code createdTo} bound the creation time (half-open), {@code text} is searched in the
 * headline, case-insensitively.
 */
public record ArticleFilter(Edition edition, Long sectionId, Set<ArticleStatus> statuses, String createdBy, String desk,
                            Instant createdFrom, Instant createdTo, String text) {

    public static ArticleFilter any() {
        return new ArticleFilter(null, null, Set.of(), null, null, null, null, null);
    }
}
