package org.newsroom.editorial.calendar;

import java.time.Instant;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.edition.Edition;

/**
 * One thing on the calendar: a story going up ({@link Kind#PUBLICATION}) or an embargo
 * lifting ({@link Kind#EMBARGO_ENDS}). Carries the story's version so a move quotes it.
 */
public record CalendarEntry(Kind kind, long articleId, long version, Edition edition, String headline,
                            ArticleStatus status, Instant at) {

    public enum Kind { PUBLICATION, EMBARGO_ENDS }

    /** Only a scheduled publication can be moved on the calendar. */
    public boolean movable() {
        return kind == Kind.PUBLICATION && status == ArticleStatus.SCHEDULED;
    }
}
