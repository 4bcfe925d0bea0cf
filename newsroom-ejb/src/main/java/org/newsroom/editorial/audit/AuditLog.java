package org.newsroom.editorial.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.newsroom.domain.audit.AuditEntry;
import org.newsroom.domain.staff.Role;

/** Reading the audit log: a story's history for its editors, everything for administrators. */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @RolesAllowed(Role.EDITOR_NAME)
    public List<AuditView> ofArticle(long articleId) {
        return em.createQuery("select e from AuditEntry e where e.articleId = :id order by e.occurredAt, e.id", AuditEntry.class)
                .setParameter("id", articleId).getResultStream().map(AuditView::of).toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditView> latest(int max) {
        return em.createQuery("select e from AuditEntry e order by e.occurredAt desc, e.id desc", AuditEntry.class)
                .setMaxResults(Math.max(1, Math.min(max, 500))).getResultStream().map(AuditView::of).toList();
    }
}
