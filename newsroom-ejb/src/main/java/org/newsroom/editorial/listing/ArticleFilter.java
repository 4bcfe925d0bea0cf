package org.newsroom.editorial.listing;

import java.time.Instant;
import java.util.Set;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.edition.Edition;

/**
 * What to list; every field may be null (or empty) to mean "any". {@code createdFrom} and
 * {@code createdTo} bound the creation time (half-open), {@code text} is searched in the
 * headline, case-insensitively. {@code createdBy} is the staff account that wrote the story;
 * {@code authorId} is a byline author; {@code regionId} and {@code tagId} are terms the story carries.
 */
public record ArticleFilter(Edition edition, Long sectionId, Set<ArticleStatus> statuses, String createdBy, String desk,
                            Instant createdFrom, Instant createdTo, String text, Long regionId, Long tagId, Long authorId) {

    /** A filter without region, tag or byline author. */
    public ArticleFilter(Edition edition, Long sectionId, Set<ArticleStatus> statuses, String createdBy, String desk,
                         Instant createdFrom, Instant createdTo, String text) {
        this(edition, sectionId, statuses, createdBy, desk, createdFrom, createdTo, text, null, null, null);
    }

    public static ArticleFilter any() {
        return new ArticleFilter(null, null, Set.of(), null, null, null, null, null);
    }
}
