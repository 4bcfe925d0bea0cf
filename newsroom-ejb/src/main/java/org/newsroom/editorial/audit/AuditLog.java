package org.newsroom.editorial.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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

    /** Most entries one {@link #exportPage} call returns: an export of millions of rows is read page by page. */
    public static final int EXPORT_PAGE = 1000;

    /**
     * One page of an export, oldest first: the entries matching the filter that come after
     * {@code after} (null: from the start) in (time, id) order. Keyset paging, so page 1000
     * costs what page 1 costs (index {@code audit_entry_occurred_idx}).
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditView> exportPage(AuditFilter filter, AuditView after) {
        StringBuilder jpql = new StringBuilder("select e from AuditEntry e where 1 = 1");
        if (filter.since() != null) {
            jpql.append(" and e.occurredAt >= :since");
        }
        if (filter.until() != null) {
            jpql.append(" and e.occurredAt < :until");
        }
        if (filter.actor() != null) {
            jpql.append(" and e.actor = :actor");
        }
        if (filter.action() != null) {
            jpql.append(" and e.action = :action");
        }
        if (filter.articleId() != null) {
            jpql.append(" and e.articleId = :articleId");
        }
        if (after != null) {
            jpql.append(" and (e.occurredAt > :afterAt or (e.occurredAt = :afterAt and e.id > :afterId))");
        }
        jpql.append(" order by e.occurredAt, e.id");
        TypedQuery<AuditEntry> query = em.createQuery(jpql.toString(), AuditEntry.class).setMaxResults(EXPORT_PAGE);
        if (filter.since() != null) {
            query.setParameter("since", filter.since());
        }
        if (filter.until() != null) {
            query.setParameter("until", filter.until());
        }
        if (filter.actor() != null) {
            query.setParameter("actor", filter.actor());
        }
        if (filter.action() != null) {
            query.setParameter("action", filter.action().name());
        }
        if (filter.articleId() != null) {
            query.setParameter("articleId", filter.articleId());
        }
        if (after != null) {
            query.setParameter("afterAt", after.occurredAt()).setParameter("afterId", after.id());
        }
        return query.getResultStream().map(AuditView::of).toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditView> latest(int max) {
        return em.createQuery("select e from AuditEntry e order by e.occurredAt desc, e.id desc", AuditEntry.class)
                .setMaxResults(Math.max(1, Math.min(max, 500))).getResultStream().map(AuditView::of).toList();
    }
}
