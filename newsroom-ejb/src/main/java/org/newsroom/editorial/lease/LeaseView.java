package org.newsroom.editorial.lease;

import java.io.Serializable;
import java.time.Instant;
import org.newsroom.domain.lease.EditLease;

/** Who edits a story, since when and until when (unless renewed). */
public record LeaseView(long articleId, String holder, Instant since, Instant expiresAt) implements Serializable {

    static LeaseView of(EditLease lease) {
        return new LeaseView(lease.getArticleId(), lease.getHolder(), lease.getAcquiredAt(), lease.getExpiresAt());
    }
}
