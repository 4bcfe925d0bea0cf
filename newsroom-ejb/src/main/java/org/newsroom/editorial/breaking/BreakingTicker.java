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

    private final Map<Edition, List<BreakingView>> items = new EnumMap<>(Edition.class);

    @PostConstruct
    void loadAll() {
        for (Edition edition : Edition.values()) {
            reload(edition);
        }
    }

    /** Current items of an edition, newest first. Expired ones drop out without a message. */
    public List<BreakingView> current(Edition edition) {
        List<BreakingView> snapshot;
        synchronized (items) {
            snapshot = items.getOrDefault(edition, List.of());
        }
        var now = clock.instant();
        return snapshot.stream().filter(item -> item.isCurrent(now)).toList();
    }

    /** Reloads an edition's items from the database (called when the topic says they changed). */
    public void reload(Edition edition) {
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
            items.put(edition, loaded);
        }
    }
}
