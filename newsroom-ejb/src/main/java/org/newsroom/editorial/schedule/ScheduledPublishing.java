package org.newsroom.editorial.schedule;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.ArticleForWrite;
import org.newsroom.editorial.audit.AuditTrail;
import org.newsroom.editorial.lease.EditLeases;
import org.newsroom.editorial.metrics.NewsroomMeters;
import org.newsroom.editorial.change.ContentChanged;
import org.newsroom.editorial.publishing.ContentChangedChannel;

/**
 * One due item per transaction. Publication goes through {@link Article#publish}, so the
 * embargo holds here too. The story is taken locked ({@link ArticleForWrite}), so a second
 * node, or an editor saving at the same moment, waits for this transaction and then sees
 * what it wrote: the second node finds nothing due, the editor's stale save is refused. If
 * the write still loses a race (the version check on flush), that is expected with several
 * nodes: it is logged at INFO and the method returns {@code false} (no exception, so the
 * container logs no ERROR for it).
 */
@Stateless
@RolesAllowed(Role.CHIEF_EDITOR_NAME)
public class ScheduledPublishing {

    public static final String ACTOR = "scheduler";
    private static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(ScheduledPublishing.class.getName());

    @Resource
    SessionContext context;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @EJB
    ContentChangedChannel contentChanged;

    @Inject
    NewsroomMeters meters;

    @Inject
    ArticleForWrite forWrite;

    @EJB
    EditLeases leases;

    public List<Long> dueForPublication() {
        Instant now = clock.instant();
        return em.createQuery("select a.id from Article a where a.status = :s and a.publishAt <= :now "
                        + "and (a.embargoUntil is null or a.embargoUntil <= :now) order by a.publishAt", Long.class)
                .setParameter("s", ArticleStatus.SCHEDULED).setParameter("now", now).setMaxResults(BATCH).getResultList();
    }

    public List<Long> dueForUnpublication() {
        return em.createQuery("select a.id from Article a where a.status = :s and a.unpublishAt <= :now order by a.unpublishAt", Long.class)
                .setParameter("s", ArticleStatus.PUBLISHED).setParameter("now", clock.instant()).setMaxResults(BATCH).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean publishIfDue(long id) {
        Article article = forWrite.locked(id);
        Instant now = clock.instant();
        if (!article.isDueForPublication(now)) {
            return false;
        }
        Instant due = article.getPublishAt();
        try {
            article.publish(now);
            leases.releaseAny(id);
            audit.record(ACTOR, AuditAction.PUBLISH, id, "scheduled");
            em.flush(); // the version check: past this line, this node won
            // Only then restock the reader shelf and announce: a race lost there would surface
            // inside the channel's own bean instead of here, as an error rather than a lost race.
            contentChanged.send(ContentChanged.of(ContentChanged.PUBLISHED, article));
            meters.published(ACTOR);
            if (due != null) {
                meters.schedulerLag(Duration.between(due, now));
            }
            return true;
        } catch (OptimisticLockException anotherWasFirst) {
            return lostTo(id, "publication");
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean unpublishIfDue(long id) {
        Article article = forWrite.locked(id);
        Instant now = clock.instant();
        if (!article.isDueForUnpublication(now)) {
            return false;
        }
        try {
            article.unpublish(now);
            audit.record(ACTOR, AuditAction.UNPUBLISH, id, "scheduled");
            em.flush(); // the version check, before the shelf and the message (see publishIfDue)
            contentChanged.send(ContentChanged.of(ContentChanged.UNPUBLISHED, article));
            return true;
        } catch (OptimisticLockException anotherWasFirst) {
            return lostTo(id, "unpublication");
        }
    }

    /** Another node (or an editor) changed the story first: roll back this attempt, audit entry and message included. */
    private boolean lostTo(long id, String what) {
        context.setRollbackOnly();
        LOG.info(() -> "Newsroom: scheduled " + what + " of story " + id
                + " already done elsewhere (another node or an editor changed it first); rolled back here");
        return false;
    }
}
