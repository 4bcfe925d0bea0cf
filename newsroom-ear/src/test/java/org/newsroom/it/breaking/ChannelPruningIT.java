package org.newsroom.it.breaking;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.breaking.BreakingNewsIT.eventually;
import static org.newsroom.it.breaking.BreakingNewsIT.unique;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.breaking.ChannelEvent;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingTicker;
import org.newsroom.editorial.breaking.BreakingView;
import org.newsroom.editorial.breaking.ChannelPruning;
import org.newsroom.editorial.breaking.LiveEntryView;
import org.newsroom.it.support.AsRole;
import org.newsroom.editorial.breaking.BreakingNews;
import org.newsroom.editorial.breaking.LiveCoverage;
import org.newsroom.it.support.Deployments;

/**
 * Old channel events are pruned, and a reader whose last event went with them is never
 * replayed the partial rest: the ticker sends a snapshot, a live story says "stale".
 * Events are made old by moving back the time of every event up to one of them, as if they
 * had happened before the retention (ids follow time, as in production).
 */
@ExtendWith(ArquillianExtension.class)
class ChannelPruningIT {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithRoles(ChannelPruningIT.class, BreakingNewsIT.class, SseReader.class, SocketReader.class);
    }

    @EJB
    BreakingNews breakingNews;

    @EJB
    LiveCoverage liveCoverage;

    @EJB
    ChannelPruning pruning;

    @EJB
    BreakingTicker ticker;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private int prune() throws Exception {
        return AsRole.admin().call(pruning::prune);
    }

    /** Every event up to {@code eventId} now happened a day before the retention began. */
    private void ageThrough(long eventId) throws Exception {
        Duration retention = AsRole.admin().call(pruning::retention);
        tx.begin();
        try {
            em.joinTransaction();
            em.createNativeQuery("update channel_event set occurred_at = ?1 where id <= ?2")
                    .setParameter(1, Instant.now().minus(retention).minus(Duration.ofDays(1)))
                    .setParameter(2, eventId).executeUpdate();
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
    }

    private long newestEventOfItem(long itemId) {
        return em.createQuery("select max(e.id) from ChannelEvent e where e.itemId = :id", Long.class)
                .setParameter("id", itemId).getSingleResult();
    }

    private long newestEventOfEntry(long entryId) {
        return em.createQuery("select max(e.id) from ChannelEvent e where e.entryId = :id", Long.class)
                .setParameter("id", entryId).getSingleResult();
    }

    private Map<Edition, Long> newestTickerEventPerEdition() {
        Map<Edition, Long> newest = new EnumMap<>(Edition.class);
        for (Object[] row : em.createQuery("select e.edition, max(e.id) from ChannelEvent e where e.itemId is not null "
                + "group by e.edition", Object[].class).getResultList()) {
            newest.put((Edition) row[0], (Long) row[1]);
        }
        return newest;
    }

    private boolean stored(long eventId) {
        return em.find(ChannelEvent.class, eventId) != null;
    }

    @Test
    void aTickerReaderWhoseLastEventWasPrunedGetsASnapshotNotThePartialRest() throws Exception {
        String original = unique("Posted long ago");
        String corrected = unique("Corrected long ago");
        String recent = unique("Posted within the retention");
        BreakingView old = AsRole.editor().call(() -> breakingNews.post(Edition.ES, original, null, null));
        long posted = newestEventOfItem(old.id());
        AsRole.editor().call(() -> breakingNews.edit(old.id(), corrected, null));
        long edited = newestEventOfItem(old.id());
        BreakingView kept = AsRole.editor().call(() -> breakingNews.post(Edition.ES, recent, null, null));
        long keptEvent = newestEventOfItem(kept.id());
        Map<Edition, Long> newestBefore = newestTickerEventPerEdition();

        ageThrough(edited);
        prune();

        assertFalse(stored(posted), "an event older than the retention was kept");
        assertFalse(stored(edited), "an event older than the retention was kept");
        assertTrue(stored(keptEvent), "a recent event was pruned");
        // Another class's item may expire meanwhile (a newer event): what must hold is that no
        // edition's newest id ever falls back, or its ticker would start again below its readers.
        Map<Edition, Long> newestAfter = newestTickerEventPerEdition();
        newestBefore.forEach((edition, newest) -> assertTrue(newestAfter.getOrDefault(edition, 0L) >= newest,
                edition + "'s newest change was pruned: its ticker would fall back below " + newest));

        eventually(() -> ticker.latestEventId(Edition.ES) >= keptEvent, "not reloaded");
        // Replaying what is left would send only the recent post and never the correction.
        try (SseReader back = new SseReader(http, stream(Edition.ES), Long.toString(posted))) {
            SseReader.Event first = back.awaitData("\"type\"", PATIENCE);
            assertNotNull(first, "the returning reader got nothing");
            assertTrue(first.data().contains("\"type\":\"snapshot\""), "a partial replay: " + first.data());
            assertTrue(first.data().contains(corrected) && first.data().contains(recent), first.data());
            assertFalse(first.data().contains(original), first.data());
        }

        // What is kept still replays: a reader back from the kept event gets only what followed it.
        String after = unique("Posted after the pruning");
        AsRole.editor().call(() -> breakingNews.post(Edition.ES, after, null, null));
        eventually(() -> ticker.current(Edition.ES).stream().anyMatch(i -> i.text().equals(after)), "not reloaded");
        try (SseReader back = new SseReader(http, stream(Edition.ES), Long.toString(keptEvent))) {
            List<SseReader.Event> replayed = back.eventsThrough(after, PATIENCE);
            assertNotNull(replayed, "the returning reader was not replayed the new post");
            assertTrue(replayed.stream().noneMatch(e -> e.data().contains("\"type\":\"snapshot\"")), "a snapshot: " + replayed);
            assertTrue(replayed.get(replayed.size() - 1).data().contains("\"type\":\"posted\""), replayed.toString());
        }
    }

    @Test
    void aLiveReaderWhoseLastEventWasPrunedIsToldToReloadAndAQuietStoryKeepsItsNewestEvent() throws Exception {
        long story = publishedLiveStory();
        LiveEntryView entry = AsRole.editor().call(() -> liveCoverage.addEntry(story, unique("First figures"), "<p>Early count.</p>"));
        long added = newestEventOfEntry(entry.id());
        AsRole.editor().call(() -> liveCoverage.editEntry(entry.id(), unique("First figures, corrected"), "<p>Early count, corrected.</p>"));
        long edited = newestEventOfEntry(entry.id());

        ageThrough(edited);
        prune();

        assertFalse(stored(added), "an event older than the retention was kept");
        assertTrue(stored(edited), "a quiet story's newest change was pruned: a returning reader would be told nothing");
        try (SseReader back = new SseReader(http, live(story), Long.toString(added))) {
            SseReader.Event first = back.awaitData("\"type\"", PATIENCE);
            assertNotNull(first, "the returning reader got nothing");
            assertTrue(first.data().contains("\"type\":\"stale\""), "a partial replay: " + first.data());
        }

        LiveEntryView next = AsRole.editor().call(() -> liveCoverage.addEntry(story, unique("Later figures"), "<p>Later count.</p>"));
        try (SseReader back = new SseReader(http, live(story), Long.toString(edited))) {
            SseReader.Event first = back.awaitData("\"type\"", PATIENCE);
            assertNotNull(first, "the returning reader got nothing");
            assertTrue(first.data().contains(next.headline()) && first.data().contains("\"type\":\"live-entry\""),
                    first.data());
        }
    }

    @Test
    void onlyAnAdministratorMayPrune() throws Exception {
        assertThrows(EJBAccessException.class, () -> pruning.prune());
        Exception asEditor = assertThrows(Exception.class, () -> AsRole.editor().call(pruning::prune));
        Throwable cause = asEditor;
        while (cause != null && !(cause instanceof EJBAccessException)) {
            cause = cause.getCause();
        }
        assertNotNull(cause, "an editor was not refused for the role: " + asEditor);
    }

    private long publishedLiveStory() {
        return em.createQuery("select a.id from Article a where a.kind = :kind and a.status = :published order by a.id",
                        Long.class)
                .setParameter("kind", ArticleKind.LIVE).setParameter("published", ArticleStatus.PUBLISHED)
                .setMaxResults(1).getSingleResult();
    }

    private static String stream(Edition edition) {
        return SseReader.serverUrl() + "/api/v1/breaking/stream?edition=" + edition.code();
    }

    private static String live(long articleId) {
        return SseReader.serverUrl() + "/api/v1/live/" + articleId + "/stream";
    }
}
