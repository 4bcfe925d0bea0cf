package org.newsroom.editorial.revision;

import java.time.Instant;
import org.newsroom.domain.revision.Revision;

/** One revision in a story's history. */
public record RevisionView(long id, long articleId, int number, Instant createdAt, String createdBy, String reason,
                           String changedFields, String headline, String summary, String body) {

    public static RevisionView of(Revision r) {
        return new RevisionView(r.getId(), r.getArticleId(), r.getNumber(), r.getCreatedAt(), r.getCreatedBy(),
                r.getReason().name(), r.getChangedFields(), r.getHeadline(), r.getSummary(), r.getBody());
    }
}
