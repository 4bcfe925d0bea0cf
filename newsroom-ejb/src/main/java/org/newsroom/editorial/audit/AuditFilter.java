package org.newsroom.editorial.audit;

import java.time.Instant;
import org.newsroom.domain.audit.AuditAction;

/**
 * Which audit entries an export holds: {@code since} inclusive, {@code until} exclusive,
 * and optionally one actor, one action or one story. {@code null} means "any".
 */
public record AuditFilter(Instant since, Instant until, String actor, AuditAction action, Long articleId) {

    public AuditFilter {
        if (since != null && until != null && !until.isAfter(since)) {
            throw new IllegalArgumentException("'until' must be after 'since'");
        }
    }
}
