package org.newsroom.editorial.lease;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.lease.EditLease;
import org.newsroom.domain.revision.Revision;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.audit.AuditTrail;
import org.newsroom.editorial.configuration.Setting;
import org.newsroom.editorial.revision.RevisionLog;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.ArticleForWrite;
import org.newsroom.domain.refusal.Reason;

/**
 * Acquire, renew (heartbeat), release and take over edit leases. A take-over keeps the
 * displaced person's unsaved text (sent with their last heartbeat) as a TAKEOVER revision.
 */
@Stateless
public class EditLeases {

    /** Long enough to survive a slow network, short enough that a closed tab frees the story soon. */
    public static final Duration TERM = Duration.ofSeconds(Setting.LEASE_SECONDS.number());

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    RevisionLog revisions;

    @Inject
    ArticleForWrite forWrite;

    @RolesAllowed(Role.WRITER_NAME)
    public Optional<LeaseView> current(long articleId) {
        return lease(articleId).filter(l -> !l.isExpired(clock.instant())).map(LeaseView::of);
    }

    @RolesAllowed(Role.WRITER_NAME)
    public LeaseView acquire(long articleId) {
        // Under the story's lock: two people opening the editor at once must not both create its lease.
        forWrite.locked(articleId);
        EditLease lease = lease(articleId).orElse(null);
        if (lease == null) {
            lease = new EditLease(articleId, caller(), clock.instant(), TERM);
            em.persist(lease);
        } else {
            EditLease held = lease;
            refuseOnRule(() -> held.acquire(caller(), clock.instant(), TERM));
        }
        em.flush();
        return LeaseView.of(lease);
    }

    @RolesAllowed(Role.WRITER_NAME)
    public LeaseView heartbeat(long articleId, String headline, String summary, String body) {
        EditLease lease = lease(articleId)
                .orElseThrow(() -> new ActionRefused(ActionRefused.Why.RULE, Reason.NO_LEASE_HELD));
        refuseOnRule(() -> lease.renew(caller(), clock.instant(), TERM, headline, summary, body));
        return LeaseView.of(lease);
    }

    @RolesAllowed(Role.WRITER_NAME)
    public void release(long articleId) {
        lease(articleId).filter(l -> l.getHolder().equals(caller())).ifPresent(em::remove);
    }

    /** An editor takes the story; the displaced person's unsaved text becomes a revision in their name. */
    @RolesAllowed(Role.EDITOR_NAME)
    public LeaseView takeOver(long articleId) {
        // Under the story's lock: the displaced text's revision number must not race a save's.
        Article article = forWrite.locked(articleId);
        EditLease lease = lease(articleId).orElse(null);
        if (lease == null) {
            return acquire(articleId);
        }
        String displaced = lease.getHolder();
        if (lease.hasUnsavedDraft()) {
            revisions.record(articleId, displaced, Revision.Reason.TAKEOVER,
                    lease.getDraftHeadline() != null ? lease.getDraftHeadline() : article.getHeadline(),
                    lease.getDraftSummary(), lease.getDraftBody());
        }
        lease.takeOver(caller(), clock.instant(), TERM);
        audit.record(caller(), AuditAction.LEASE_TAKEOVER, articleId, "from " + displaced);
        em.flush();
        return LeaseView.of(lease);
    }

    /** Saving is refused while somebody else edits (editors take over first). Called by the workflow. */
    @RolesAllowed(Role.WRITER_NAME)
    public void requireNotHeldByOther(long articleId, String user) {
        lease(articleId).filter(l -> !l.isExpired(clock.instant()) && !l.getHolder().equals(user)).ifPresent(l -> {
            throw new ActionRefused(ActionRefused.Why.RULE, Reason.LEASE_HELD_WAIT, l.getHolder(), l.getAcquiredAt());
        });
    }

    /**
     * Any transition ends the editing session, whoever holds the lease. Called by the workflow
     * (as the staff member) and by the scheduler, whose run-as role is the chief editor's alone:
     * a run-as identity has only the role it names, not the ones below it.
     */
    @RolesAllowed({Role.WRITER_NAME, Role.CHIEF_EDITOR_NAME})
    public void releaseAny(long articleId) {
        lease(articleId).ifPresent(em::remove);
    }

    private Optional<EditLease> lease(long articleId) {
        return em.createQuery("select l from EditLease l where l.articleId = :id", EditLease.class)
                .setParameter("id", articleId).getResultStream().findFirst();
    }

    private static void refuseOnRule(Runnable action) {
        try {
            action.run();
        } catch (DomainRuleViolation e) {
            throw new ActionRefused(ActionRefused.Why.RULE, e.refusal());
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
