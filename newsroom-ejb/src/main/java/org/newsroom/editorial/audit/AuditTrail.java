package org.newsroom.editorial.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.audit.AuditEntry;

/** Appends to the audit log inside the caller's transaction (never on its own). */
@Dependent
public class AuditTrail {

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Inject
    Clock clock;

    public void record(String actor, AuditAction action, Long articleId, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor, action, articleId, detail));
    }
}
