package org.newsroom.editorial.breaking;

import java.time.Instant;
import org.newsroom.domain.breaking.BreakingItem;
import org.newsroom.domain.edition.Edition;

/** A breaking item as readers see it. */
public record BreakingView(long id, Edition edition, String text, Long articleId, Instant postedAt, Instant expiresAt) {

    static BreakingView of(BreakingItem item) {
        return new BreakingView(item.getId(), item.getEdition(), item.getText(), item.getArticleId(),
                item.getPostedAt(), item.getExpiresAt());
    }

    public boolean isCurrent(Instant now) {
        return !postedAt.isAfter(now) && (expiresAt == null || expiresAt.isAfter(now));
    }
}
