package org.newsroom.editorial.breaking;

import java.io.Serializable;
import java.time.Instant;
import org.newsroom.domain.article.LiveEntry;

/** A live entry as readers see it. */
public record LiveEntryView(long id, long articleId, String headline, String body, Instant postedAt) implements Serializable {

    static LiveEntryView of(LiveEntry entry) {
        return new LiveEntryView(entry.getId(), entry.getArticle().getId(), entry.getHeadline(), entry.getBody(),
                entry.getPostedAt());
    }
}
