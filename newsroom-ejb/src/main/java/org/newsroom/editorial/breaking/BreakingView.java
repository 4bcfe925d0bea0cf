package org.newsroom.editorial.breaking;

import java.time.Instant;
import org.newsroom.domain.breaking.BreakingItem;
import org.newsroom.domain.edition.Edition;

/**
 * A breaking item as readers see it. {@code url} is the reader path of the linked
 * story, or null; {@code retracted} is true only for an item looked up after retraction.
 */
public record BreakingView(long id, Edition edition, String text, Long articleId, String url, Instant postedAt,
        Instant expiresAt, boolean retracted) {

    static BreakingView of(BreakingItem item, String url) {
        return new BreakingView(item.getId(), item.getEdition(), item.getText(), item.getArticleId(), url,
                item.getPostedAt(), item.getExpiresAt(), item.getRetractedAt() != null);
    }

    public boolean isCurrent(Instant now) {
        return !retracted && !postedAt.isAfter(now) && (expiresAt == null || expiresAt.isAfter(now));
    }
}
