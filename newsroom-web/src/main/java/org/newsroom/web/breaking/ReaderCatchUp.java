package org.newsroom.web.breaking;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingTicker;
import org.newsroom.editorial.breaking.ChannelReplay;
import org.newsroom.editorial.breaking.LiveChange;
import org.newsroom.editorial.breaking.TickerChange;
import org.newsroom.editorial.breaking.TickerSnapshot;

/**
 * What a reader is sent right after joining, whatever the transport: nothing, the changes
 * after its last event id, or (a new ticker reader, or one away too long) a snapshot.
 */
@ApplicationScoped
public class ReaderCatchUp {

    /** More missed changes than this and the reader gets a snapshot (ticker) or is told to reload (live). */
    static final int MAX_REPLAY = 500;

    @EJB
    BreakingTicker ticker;

    @EJB
    ChannelReplay replay;

    private final Map<Edition, ReaderFrame> snapshots = new ConcurrentHashMap<>();
    private final Map<Edition, TickerSnapshot> snapshotSources = new ConcurrentHashMap<>();

    List<ReaderFrame> ticker(Edition edition, Long lastEventId) {
        if (lastEventId != null && lastEventId >= ticker.latestEventId(edition)) {
            return List.of(); // nothing happened since: the common reconnect, answered without a query
        }
        List<TickerChange> missed = lastEventId == null ? null
                : replay.tickerSince(edition, lastEventId, MAX_REPLAY).orElse(null);
        if (missed == null) {
            return List.of(snapshot(edition));
        }
        return missed.stream().map(change -> new ReaderFrame(change.eventId(), change.item() == null
                ? ReaderEvents.removed(change.itemId(), edition.code(), change.type())
                : ReaderEvents.item(change.item(), change.type()).build().toString())).toList();
    }

    List<ReaderFrame> liveStory(long articleId, Long lastEventId) {
        if (lastEventId == null) {
            return List.of(); // the story's page shows the entries so far
        }
        List<LiveChange> missed = replay.liveSince(articleId, lastEventId, MAX_REPLAY).orElse(null);
        if (missed == null) {
            return List.of(new ReaderFrame(lastEventId, ReaderEvents.stale()));
        }
        return missed.stream().map(change -> new ReaderFrame(change.eventId(), change.entry() == null
                ? ReaderEvents.liveEntryRemoved(articleId, change.entryId())
                : ReaderEvents.liveEntry(change.entry(), change.type()))).toList();
    }

    /**
     * The snapshot every new reader gets, encoded once per change of the list: a crowd
     * arriving at once (after a push notification, say) costs one serialisation, not one each.
     */
    private ReaderFrame snapshot(Edition edition) {
        TickerSnapshot current = ticker.snapshot(edition);
        ReaderFrame cached = snapshots.get(edition);
        if (cached != null && current.equals(snapshotSources.get(edition))) {
            return cached;
        }
        ReaderFrame frame = new ReaderFrame(current.eventId(), ReaderEvents.snapshot(edition, current));
        snapshots.put(edition, frame);
        snapshotSources.put(edition, current);
        return frame;
    }

    /** {@code Last-Event-ID}, else {@code since}; null for a new reader or an id this server never sent. */
    static Long lastEventId(String... candidates) {
        for (String value : candidates) {
            if (value != null && !value.isBlank()) {
                try {
                    return Long.parseLong(value.strip());
                } catch (NumberFormatException ignored) {
                    // not one of ours: try the next, else treat the reader as new
                }
            }
        }
        return null;
    }
}
