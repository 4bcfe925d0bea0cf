package org.newsroom.editorial.breaking;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.newsroom.domain.breaking.BreakingItem;

/**
 * Turns a passed expiry into a change like any other, with its own event id, so readers'
 * tickers drop the item and a reader who was away is told on catch-up. Every node runs
 * the timer; a conditional update lets exactly one of them announce each expiry. A singleton
 * that depends on the schema migration, so a first tick on an empty database waits for the
 * tables instead of failing on them.
 */
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BreakingExpiry {

    private static final Logger LOG = Logger.getLogger(BreakingExpiry.class.getName());

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BreakingNewsChannel channel;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "newsroom breaking expiry")
    void announceExpired() {
        Instant now = clock.instant();
        List<BreakingItem> due = em.createQuery("select b from BreakingItem b where b.expiryAnnounced = false "
                        + "and b.retractedAt is null and b.expiresAt <= :now order by b.expiresAt", BreakingItem.class)
                .setParameter("now", now).setMaxResults(200).getResultList();
        for (BreakingItem item : due) {
            int claimed = em.createQuery("update BreakingItem b set b.expiryAnnounced = true "
                            + "where b.id = :id and b.expiryAnnounced = false")
                    .setParameter("id", item.getId()).executeUpdate();
            if (claimed == 1) {
                channel.announce(BreakingEvent.EXPIRED, item.getEdition(), item.getId());
                LOG.fine(() -> "Announced the expiry of breaking item " + item.getId());
            }
        }
    }
}
