package org.newsroom.editorial.breaking;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newsroom.domain.breaking.BreakingItem;
import org.newsroom.domain.edition.Edition;

/**
 * This node's copy of the current breaking items of every edition. Reads never touch
 * the database; a message on the breaking topic reloads the edition it names.
 */
@Singleton
@Startup
@DependsOn("DemoContent")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BreakingTicker {

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ArticlePaths paths;

    private final Map<Edition, TickerSnapshot> items = new EnumMap<>(Edition.class);

    @PostConstruct
    void loadAll() {
        for (Edition edition : Edition.values()) {
            reload(edition);
        }
    }

    /** Current items of an edition, newest first. Expired ones drop out without a message. */
    public List<BreakingView> current(Edition edition) {
        return snapshot(edition).items();
    }

    /** Current items of an edition with the id of the newest change they include. */
    public TickerSnapshot snapshot(Edition edition) {
        TickerSnapshot snapshot;
        synchronized (items) {
            snapshot = items.getOrDefault(edition, new TickerSnapshot(0, List.of()));
        }
        var now = clock.instant();
        return new TickerSnapshot(snapshot.eventId(), snapshot.items().stream().filter(item -> item.isCurrent(now)).toList());
    }

    /** The id of the newest change this node knows of for an edition's ticker. */
    public long latestEventId(Edition edition) {
        synchronized (items) {
            TickerSnapshot snapshot = items.get(edition);
            return snapshot == null ? 0 : snapshot.eventId();
        }
    }

    /**
     * Makes sure this node's copy includes the change {@code eventId}, reloading only if it
     * does not yet. Both subscribers of the topic call it: the one that relays a change to
     * readers calls it first, so a reader who saw a change and reconnects at once is never
     * told "nothing since" by a copy that has not caught up; whichever comes second is free.
     */
    public void catchUpTo(Edition edition, long eventId) {
        if (latestEventId(edition) < eventId) {
            reload(edition);
        }
    }

    /** Reloads an edition's items from the database. */
    public void reload(Edition edition) {
        // The newest change first: items read after it can only be newer, never older, than it says.
        Long newest = em.createQuery("select max(e.id) from ChannelEvent e where e.edition = :edition "
                + "and e.itemId is not null", Long.class).setParameter("edition", edition).getSingleResult();
        long eventId = newest == null ? 0 : newest;
        List<BreakingView> loaded = em.createQuery(
                        "select b from BreakingItem b where b.edition = :edition and b.retractedAt is null "
                                + "and (b.expiresAt is null or b.expiresAt > :now) order by b.postedAt desc, b.id desc",
                        BreakingItem.class)
                .setParameter("edition", edition)
                .setParameter("now", clock.instant())
                .setMaxResults(20)
                .getResultStream()
                .map(item -> BreakingView.of(item, paths.of(item.getArticleId())))
                .sorted(Comparator.comparing(BreakingView::postedAt).reversed())
                .toList();
        synchronized (items) {
            TickerSnapshot before = items.get(edition);
            // Two reloads may finish out of order: never let an older one replace a newer one.
            if (before == null || before.eventId() <= eventId) {
                items.put(edition, new TickerSnapshot(eventId, loaded));
            }
        }
    }
}
