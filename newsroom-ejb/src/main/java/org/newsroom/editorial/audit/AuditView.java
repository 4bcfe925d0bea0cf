package org.newsroom.editorial.audit;

import java.time.Instant;
import org.newsroom.domain.audit.AuditEntry;

/** An audit entry as the console and the staff API show it. */
public record AuditView(long id, Instant occurredAt, String actor, String action, Long articleId, String detail) {

    static AuditView of(AuditEntry e) {
        return new AuditView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getArticleId(), e.getDetail());
    }
}
