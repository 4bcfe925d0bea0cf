package org.newsroom.editorial.breaking;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsroom.domain.article.LiveEntry;
import org.newsroom.domain.breaking.BreakingItem;
import org.newsroom.domain.breaking.ChannelEvent;
import org.newsroom.domain.edition.Edition;

/**
 * What a reader who was away missed: the recorded changes after the last event id it saw,
 * one per item (or entry), each carrying the item as it is now. Several edits of one item
 * replay as one; an item edited and then retracted replays as its retraction.
 * Old events are pruned ({@link ChannelPruning}): a reader whose last event id is below the
 * oldest one its stream still holds may have missed pruned changes, so it is not replayed
 * what is left but gets a snapshot (or is told to reload). Public information, so open to anyone.
 */
@Stateless
@PermitAll
public class ChannelReplay {

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ArticlePaths paths;

    /**
     * The ticker changes of an edition after {@code afterEventId}, oldest first; empty when
     * more than {@code max} changes were missed or some may have been pruned (the reader
     * should then be sent a snapshot).
     */
    public Optional<List<TickerChange>> tickerSince(Edition edition, long afterEventId, int max) {
        List<ChannelEvent> events = em.createQuery("select e from ChannelEvent e where e.edition = :edition "
                        + "and e.itemId is not null and e.id > :after order by e.id", ChannelEvent.class)
                .setParameter("edition", edition).setParameter("after", afterEventId)
                .setMaxResults(max + 1).getResultList();
        if (events.size() > max || afterEventId < oldest(em.createQuery("select min(e.id) from ChannelEvent e "
                + "where e.edition = :edition and e.itemId is not null", Long.class).setParameter("edition", edition))) {
            return Optional.empty();
        }
        Map<Long, ChannelEvent> lastPerItem = new LinkedHashMap<>();
        events.forEach(e -> lastPerItem.put(e.getItemId(), e));
        Instant now = clock.instant();
        List<TickerChange> changes = new ArrayList<>();
        for (ChannelEvent event : lastPerItem.values()) {
            BreakingItem item = em.find(BreakingItem.class, event.getItemId());
            if (item == null) {
                continue;
            }
            BreakingView view = BreakingView.of(item, paths.of(item.getArticleId()));
            if (view.isCurrent(now)) {
                BreakingEvent type = BreakingEvent.fromWireName(event.getType())
                        .filter(t -> t == BreakingEvent.EDITED).orElse(BreakingEvent.POSTED);
                changes.add(new TickerChange(event.getId(), type, item.getId(), view));
            } else {
                changes.add(new TickerChange(event.getId(),
                        view.retracted() ? BreakingEvent.RETRACTED : BreakingEvent.EXPIRED, item.getId(), null));
            }
        }
        changes.sort(Comparator.comparingLong(TickerChange::eventId));
        return Optional.of(changes);
    }

    /** The same for one live article's entries (empty: the reader should reload the story). */
    public Optional<List<LiveChange>> liveSince(long articleId, long afterEventId, int max) {
        List<ChannelEvent> events = em.createQuery("select e from ChannelEvent e where e.articleId = :article "
                        + "and e.id > :after order by e.id", ChannelEvent.class)
                .setParameter("article", articleId).setParameter("after", afterEventId)
                .setMaxResults(max + 1).getResultList();
        if (events.size() > max || afterEventId < oldest(em.createQuery("select min(e.id) from ChannelEvent e "
                + "where e.articleId = :article", Long.class).setParameter("article", articleId))) {
            return Optional.empty();
        }
        Map<Long, ChannelEvent> lastPerEntry = new LinkedHashMap<>();
        events.forEach(e -> lastPerEntry.put(e.getEntryId(), e));
        List<LiveChange> changes = new ArrayList<>();
        for (ChannelEvent event : lastPerEntry.values()) {
            LiveEntry entry = em.find(LiveEntry.class, event.getEntryId());
            if (entry == null) {
                changes.add(new LiveChange(event.getId(), BreakingEvent.LIVE_ENTRY_REMOVED, articleId,
                        event.getEntryId(), null));
            } else {
                BreakingEvent type = BreakingEvent.fromWireName(event.getType())
                        .filter(t -> t == BreakingEvent.LIVE_ENTRY_EDITED).orElse(BreakingEvent.LIVE_ENTRY);
                changes.add(new LiveChange(event.getId(), type, articleId, entry.getId(), LiveEntryView.of(entry)));
            }
        }
        changes.sort(Comparator.comparingLong(LiveChange::eventId));
        return Optional.of(changes);
    }

    /**
     * The oldest event a stream still holds, asked after its events were read: had a prune
     * removed some of them before that read, this sees it too (0 for a stream without events).
     */
    private static long oldest(TypedQuery<Long> minimum) {
        Long oldest = minimum.getSingleResult();
        return oldest == null ? 0 : oldest;
    }

    /** The id of the newest change to an edition's ticker, 0 if there was none. */
    public long latestTickerEventId(Edition edition) {
        Long latest = em.createQuery("select max(e.id) from ChannelEvent e where e.edition = :edition "
                + "and e.itemId is not null", Long.class).setParameter("edition", edition).getSingleResult();
        return latest == null ? 0 : latest;
    }
}
