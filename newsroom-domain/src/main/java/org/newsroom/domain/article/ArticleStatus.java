package org.newsroom.domain.article;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a story stands in the newsroom's workflow.
 *
 * <pre>
 * DRAFT → IN_REVIEW → APPROVED → SCHEDULED → PUBLISHED → UNPUBLISHED → ARCHIVED
 *            ↓            ↘________________↗      ↑            |
 *   CHANGES_REQUESTED → DRAFT                     └────────────┘ (republish)
 * </pre>
 */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    CHANGES_REQUESTED,
    APPROVED,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED,
    ARCHIVED;

    /** The states a story may move to from this one. */
    public Set<ArticleStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_REVIEW, ARCHIVED);
            case IN_REVIEW -> EnumSet.of(CHANGES_REQUESTED, APPROVED);
            case CHANGES_REQUESTED -> EnumSet.of(DRAFT, IN_REVIEW);
            case APPROVED -> EnumSet.of(SCHEDULED, PUBLISHED, DRAFT);
            case SCHEDULED -> EnumSet.of(PUBLISHED, APPROVED);
            case PUBLISHED -> EnumSet.of(UNPUBLISHED);
            case UNPUBLISHED -> EnumSet.of(PUBLISHED, ARCHIVED);
            case ARCHIVED -> EnumSet.noneOf(ArticleStatus.class);
        };
    }

    public boolean canMoveTo(ArticleStatus target) {
        return next().contains(target);
    }

    /** Text may be edited in these states; a published story is changed through a correction. */
    public boolean isEditable() {
        return this == DRAFT || this == CHANGES_REQUESTED || this == IN_REVIEW || this == APPROVED;
    }

    public boolean isLive() {
        return this == PUBLISHED;
    }
}
