package org.newsroom.it.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.breaking.BreakingNewsIT.unique;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.editorial.breaking.BreakingTicker;
import org.newsroom.editorial.breaking.LiveCoverage;
import org.newsroom.editorial.breaking.LiveEntryView;
import org.newsroom.it.support.AsRole;
import org.newsroom.it.support.Deployments;

/** The live desk's service: entries added, corrected and removed reach readers' streams, sanitized, audited, replayed. */
@ExtendWith(ArquillianExtension.class)
class LiveCoverageIT {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithRoles(LiveCoverageIT.class, BreakingNewsIT.class, SseReader.class, SocketReader.class);
    }

    @EJB
    LiveCoverage liveCoverage;

    @EJB
    BreakingTicker ticker;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private long publishedLiveStory() {
        return em.createQuery("select a.id from Article a where a.kind = :kind and a.status = :published order by a.id",
                        Long.class)
                .setParameter("kind", ArticleKind.LIVE).setParameter("published", ArticleStatus.PUBLISHED)
                .setMaxResults(1).getSingleResult();
    }

    private static String stream(long articleId) {
        return SseReader.serverUrl() + "/api/v1/live/" + articleId + "/stream";
    }

    @Test
    void anEntryIsSanitizedCorrectedAndRemovedOnReadersScreensAndEveryStepIsAudited() throws Exception {
        long story = publishedLiveStory();
        try (SseReader reader = new SseReader(http, stream(story), null)) {
            assertEquals(200, reader.status);
            String headline = unique("Polls close");
            LiveEntryView added = AsRole.editor().call(() -> liveCoverage.addEntry(story, headline,
                    "<p onclick=\"steal()\">Counting starts <script>alert(1)</script><a href=\"javascript:x()\">now</a></p>"));
            assertFalse(added.body().contains("script") || added.body().contains("onclick")
                    || added.body().contains("javascript:"), added.body());
            assertTrue(added.body().contains("Counting starts"), added.body());
            SseReader.Event shown = reader.awaitData(headline, PATIENCE);
            assertNotNull(shown, "the reader missed the new entry");
            assertTrue(shown.data().contains("\"type\":\"live-entry\""), shown.data());
            assertFalse(shown.data().contains("script"), shown.data());

            String corrected = unique("Polls closed at eight");
            AsRole.editor().call(() -> liveCoverage.editEntry(added.id(), corrected, "<p>Counting has started.</p>"));
            SseReader.Event edit = reader.awaitData(corrected, PATIENCE);
            assertNotNull(edit, "the reader missed the correction");
            assertTrue(edit.data().contains("\"type\":\"live-entry-edited\""), edit.data());
            assertTrue(edit.data().contains("\"id\":" + added.id()), edit.data());

            AsRole.editor().run(() -> liveCoverage.removeEntry(added.id()));
            SseReader.Event removal = reader.awaitData("{\"id\":" + added.id() + ",\"articleId\":" + story
                    + ",\"type\":\"live-entry-removed\"}", PATIENCE);
            assertNotNull(removal, "the reader missed the removal");
            assertTrue(liveCoverage.find(added.id()).isEmpty(), "the entry is still stored");
        }
        List<String> actions = em.createQuery("select e.action from AuditEntry e where e.articleId = :id "
                        + "and e.detail like :entry order by e.id", String.class)
                .setParameter("id", story).setParameter("entry", "entry %").getResultList();
        assertTrue(actions.containsAll(List.of("LIVE_ENTRY_ADDED", "LIVE_ENTRY_EDITED", "LIVE_ENTRY_REMOVED")),
                actions.toString());
    }

    @Test
    void aReaderBackFromADropIsReplayedTheCorrectionAndTheRemovalItMissed() throws Exception {
        long story = publishedLiveStory();
        LiveEntryView kept;
        LiveEntryView dropped;
        String lastSeen;
        try (SseReader reader = new SseReader(http, stream(story), null)) {
            kept = AsRole.editor().call(() -> liveCoverage.addEntry(story, unique("First count"), "<p>Early figures.</p>"));
            dropped = AsRole.editor().call(() -> liveCoverage.addEntry(story, unique("Rumour"), "<p>Unconfirmed.</p>"));
            assertNotNull(reader.awaitData(kept.headline(), PATIENCE));
            SseReader.Event last = reader.awaitData(dropped.headline(), PATIENCE);
            assertNotNull(last);
            lastSeen = last.id();
        }
        String corrected = unique("First count, corrected");
        AsRole.editor().call(() -> liveCoverage.editEntry(kept.id(), corrected, "<p>Early figures, corrected.</p>"));
        AsRole.editor().run(() -> liveCoverage.removeEntry(dropped.id()));
        try (SseReader back = new SseReader(http, stream(story), lastSeen)) {
            SseReader.Event edit = back.awaitData(corrected, PATIENCE);
            assertNotNull(edit, "the correction was not replayed");
            SseReader.Event removal = back.awaitData("\"id\":" + dropped.id(), PATIENCE);
            assertNotNull(removal, "the removal was not replayed");
            assertTrue(removal.data().contains("\"type\":\"live-entry-removed\""), removal.data());
        }
    }

    @Test
    void promotingAnEntryPutsItsHeadlineOnTheTickerLinkingTheStory() throws Exception {
        long story = publishedLiveStory();
        LiveEntryView entry = AsRole.editor().call(() -> liveCoverage.addEntry(story, unique("Result declared"), "<p>The count is over.</p>"));
        var item = AsRole.editor().call(() -> liveCoverage.promoteToTicker(entry.id(), null));
        assertEquals(entry.headline(), item.text());
        assertEquals(Long.valueOf(story), item.articleId());
        assertNotNull(item.url());
        List<String> actions = em.createQuery("select e.action from AuditEntry e where e.articleId = :id "
                + "and e.detail like :entry", String.class)
                .setParameter("id", story).setParameter("entry", "entry " + entry.id() + " %").getResultList();
        assertTrue(actions.contains("LIVE_ENTRY_PROMOTED"), actions.toString());
    }

    @Test
    void onlyLiveStoriesTakeEntriesAndEntriesNeedText() throws Exception {
        long notLive = em.createQuery("select a.id from Article a where a.kind <> :kind", Long.class)
                .setParameter("kind", ArticleKind.LIVE).setMaxResults(1).getSingleResult();
        EJBException refused = assertThrows(EJBException.class, () -> AsRole.editor().call(() -> liveCoverage.addEntry(notLive, null, "<p>Text</p>")));
        assertTrue(refused.getCausedByException() instanceof DomainRuleViolation, String.valueOf(refused.getCause()));
        long story = publishedLiveStory();
        EJBException empty = assertThrows(EJBException.class, () -> AsRole.editor().call(() -> liveCoverage.addEntry(story, "Only a headline",
                "<script>alert(1)</script>")));
        assertTrue(empty.getCausedByException() instanceof DomainRuleViolation, String.valueOf(empty.getCause()));
    }

    @Test
    void withoutTheEditorRoleNothingIsPosted() {
        long story = publishedLiveStory();
        assertThrows(EJBAccessException.class, () -> liveCoverage.addEntry(story, null, "<p>Not allowed</p>"));
    }

    @Test
    void onlyPublishedLiveStoriesCanBeFollowed() throws Exception {
        Long draft = em.createQuery("select a.id from Article a where a.status <> :published", Long.class)
                .setParameter("published", ArticleStatus.PUBLISHED).setMaxResults(1).getResultStream().findFirst()
                .orElse(null);
        for (long id : draft == null ? new long[] {Long.MAX_VALUE} : new long[] {draft, Long.MAX_VALUE}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stream(id))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, response.statusCode(), "article " + id);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
    }
}
