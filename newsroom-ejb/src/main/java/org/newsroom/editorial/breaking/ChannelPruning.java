package org.newsroom.editorial.breaking;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import org.newsroom.domain.breaking.ChannelEvent;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.configuration.Setting;

/**
 * Deletes the {@link ChannelEvent}s older than the retention
 * ({@code NEWSROOM_CHANNEL_RETENTION_DAYS} / {@code newsroom.channel.retention.days}, 7 days),
 * so the table holds what readers may still need to catch up with, not the channel's whole past.
 *
 * <p>Why the catch-up stays correct. A run first fixes its horizon: the highest id among the
 * events older than the retention. It then deletes the events up to that id in ascending id
 * order, a bounded batch per transaction, except the newest event of each stream (an edition's
 * ticker, a live story). So in every stream what is gone lies wholly below what is kept, and
 * {@link ChannelReplay} needs a single rule: a reader whose last event id is below the oldest
 * event its stream still holds may have missed deleted changes, and gets a snapshot (ticker) or
 * is told to reload (live story) instead of a replay. Ids, not times, decide the order, so two
 * nodes' clocks that disagree by a little cannot open a gap.
 *
 * <p>Why the newest event of each stream is kept. It is what {@link BreakingTicker#latestEventId}
 * reads, and what tells a returning reader of a quiet stream that it missed something: were a
 * quiet edition's last change deleted, its newest id would fall back to 0 and a reader holding
 * a later id would be told "nothing since", and a returning reader of a quiet live story would
 * be replayed nothing instead of being told to reload. One row per edition and per live story
 * ever followed is what that costs.
 *
 * <p>Every node runs it ({@link ChannelPruningTimer}); two at once delete the same rows, the
 * second one finding them gone. Destructive, so for administrators only.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
@RolesAllowed(Role.ADMIN_NAME)
public class ChannelPruning {

    /** Rows deleted per transaction: short locks, a small undo log, however long the table grew. */
    static final int BATCH = 500;

    private static final Logger LOG = Logger.getLogger(ChannelPruning.class.getName());

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    UserTransaction tx;

    /** How long events are kept, as configured. */
    public Duration retention() {
        return Duration.ofDays(Setting.CHANNEL_RETENTION_DAYS.number());
    }

    /** Deletes the events older than the retention, but each stream's newest; returns how many went. */
    public int prune() {
        Duration retention = retention();
        Instant cutoff = clock.instant().minus(retention);
        Long horizon = em.createQuery("select max(e.id) from ChannelEvent e where e.occurredAt < :cutoff", Long.class)
                .setParameter("cutoff", cutoff).getSingleResult();
        if (horizon == null) {
            return 0;
        }
        // The streams whose newest event is within reach; the others' newest is younger anyway.
        Set<Long> kept = new HashSet<>(em.createQuery("select max(e.id) from ChannelEvent e where e.itemId is not null "
                + "group by e.edition having max(e.id) <= :horizon", Long.class)
                .setParameter("horizon", horizon).getResultList());
        kept.addAll(em.createQuery("select max(e.id) from ChannelEvent e where e.articleId is not null "
                + "group by e.articleId having max(e.id) <= :horizon", Long.class)
                .setParameter("horizon", horizon).getResultList());
        int pruned = 0;
        long after = 0;
        List<Long> batch;
        do {
            batch = em.createQuery("select e.id from ChannelEvent e where e.id > :after and e.id <= :horizon "
                            + "order by e.id", Long.class)
                    .setParameter("after", after).setParameter("horizon", horizon)
                    .setMaxResults(BATCH).getResultList();
            if (!batch.isEmpty()) {
                after = batch.get(batch.size() - 1);
                pruned += delete(batch.stream().filter(id -> !kept.contains(id)).toList());
            }
        } while (batch.size() == BATCH);
        if (pruned > 0) {
            LOG.info("Newsroom: pruned " + pruned + " breaking-channel events older than " + cutoff
                    + " (retention " + retention.toDays() + " days)");
        }
        return pruned;
    }

    /** One batch in a transaction of its own. */
    private int delete(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        try {
            tx.begin();
            int deleted = em.createQuery("delete from ChannelEvent e where e.id in :ids")
                    .setParameter("ids", ids).executeUpdate();
            tx.commit();
            return deleted;
        } catch (Exception e) {
            rollback();
            throw new IllegalStateException("Could not prune breaking-channel events " + ids.get(0) + "…"
                    + ids.get(ids.size() - 1) + ": " + e.getMessage(), e);
        }
    }

    private void rollback() {
        try {
            if (tx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
        } catch (SystemException | IllegalStateException ignored) {
            // the original failure is what the caller needs to see
        }
    }

    /** The retention in whole days; a setting that is not a positive whole number falls back to the default. */
    static Duration retention(Function<String, String> values) {
        return Duration.ofDays(Setting.CHANNEL_RETENTION_DAYS.number(values));
    }
}
