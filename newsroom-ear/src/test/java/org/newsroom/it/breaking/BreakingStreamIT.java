package org.newsroom.it.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.breaking.BreakingNewsIT.eventually;
import static org.newsroom.it.breaking.BreakingNewsIT.unique;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingTicker;
import org.newsroom.editorial.breaking.BreakingView;
import org.newsroom.editorial.breaking.BreakingNews;
import org.newsroom.editorial.breaking.LiveCoverage;
import org.newsroom.it.support.AsRole;
import org.newsroom.it.support.Deployments;

/** Readers over real HTTP: the SSE stream, catching up with Last-Event-ID, and the JSON list with its ETag. */
@ExtendWith(ArquillianExtension.class)
class BreakingStreamIT {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithRoles(BreakingStreamIT.class, BreakingNewsIT.class, SseReader.class, SocketReader.class);
    }

    @EJB
    BreakingNews breakingNews;

    @EJB
    LiveCoverage liveCoverage;

    @EJB
    BreakingTicker ticker;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String stream(Edition edition) {
        return SseReader.serverUrl() + "/api/v1/breaking/stream?edition=" + edition.code();
    }

    @Test
    void everyConnectedReaderOfTheEditionReceivesAPostedItem() throws Exception {
        List<SseReader> readers = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                SseReader reader = new SseReader(http, stream(Edition.ES), null);
                assertEquals(200, reader.status);
                readers.add(reader);
            }
            String text = unique("Para todos los lectores");
            BreakingView posted = AsRole.editor().call(() -> breakingNews.post(Edition.ES, text, null, null));
            for (SseReader reader : readers) {
                SseReader.Event event = reader.awaitData(text, PATIENCE);
                assertNotNull(event, "a reader missed the item");
                assertTrue(Long.parseLong(event.id()) > 0, "each event carries its change's id: " + event.id());
                assertTrue(event.data().contains("\"id\":" + posted.id()), event.data());
                assertTrue(event.data().contains("\"type\":\"posted\""), event.data());
                assertTrue(event.data().contains("\"edition\":\"es\""), event.data());
            }
        } finally {
            for (SseReader reader : readers) {
                reader.close();
            }
        }
    }

    @Test
    void aRetractionIsStreamedAsAnEventThatRemovesTheItem() throws Exception {
        try (SseReader reader = new SseReader(http, stream(Edition.AR), null)) {
            String text = unique("سيُسحب");
            BreakingView posted = AsRole.editor().call(() -> breakingNews.post(Edition.AR, text, null, null));
            SseReader.Event shown = reader.awaitData(text, PATIENCE);
            assertNotNull(shown);
            AsRole.editor().run(() -> breakingNews.retract(posted.id()));
            SseReader.Event removal = reader.awaitData("\"type\":\"retracted\"", PATIENCE);
            assertNotNull(removal, "no retraction event");
            assertTrue(removal.data().contains("\"id\":" + posted.id()), removal.data());
            assertTrue(Long.parseLong(removal.id()) > Long.parseLong(shown.id()), "the retraction is a later change");
        }
    }

    @Test
    void aReaderThatReconnectsWithLastEventIdGetsWhatItMissed() throws Exception {
        String first = unique("Seen before the drop");
        String missed = unique("Posted while away");
        String lastSeenId;
        try (SseReader reader = new SseReader(http, stream(Edition.EN), null)) {
            AsRole.editor().call(() -> breakingNews.post(Edition.EN, first, null, null));
            SseReader.Event seen = reader.awaitData(first, PATIENCE);
            assertNotNull(seen);
            lastSeenId = seen.id();
        }
        AsRole.editor().call(() -> breakingNews.post(Edition.EN, missed, null, null));
        eventually(() -> ticker.current(Edition.EN).stream().anyMatch(i -> i.text().equals(missed)), "not current");
        try (SseReader back = new SseReader(http, stream(Edition.EN), lastSeenId)) {
            assertNotNull(back.awaitData(missed, PATIENCE), "the reconnected reader did not catch up");
        }
        try (SseReader fresh = new SseReader(http, stream(Edition.EN), null)) {
            SseReader.Event greeting = fresh.awaitData("\"type\"", PATIENCE);
            assertNotNull(greeting);
            assertTrue(greeting.data().contains("\"type\":\"snapshot\""), "a new reader gets the current items at once, "
                    + "not the history: " + greeting.data());
        }
    }

    @Test
    void currentItemsCarryAStrongEtagAndAnUnchangedListAnswers304() throws Exception {
        String url = SseReader.serverUrl() + "/api/v1/breaking?edition=es";
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.startsWith("\""), "not a strong ETag: " + etag);
        assertTrue(first.body().contains("\"edition\":\"es\""), first.body());

        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(url)).header("If-None-Match", etag)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());

        String text = unique("Cambia la lista");
        AsRole.editor().call(() -> breakingNews.post(Edition.ES, text, null, null));
        eventually(() -> ticker.current(Edition.ES).stream().anyMatch(i -> i.text().equals(text)), "not current");
        HttpResponse<String> changed = http.send(HttpRequest.newBuilder(URI.create(url)).header("If-None-Match", etag)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, changed.statusCode());
        assertTrue(changed.body().contains(text));
    }

    @Test
    void anUnknownEditionIsA404ProblemDocument() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(SseReader.serverUrl() + "/api/v1/breaking?edition=xx")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains("\"status\":404"), response.body());
    }

    @Test
    void readersOfALiveArticleReceiveItsNewEntries() throws Exception {
        long article = em.createQuery("select a.id from Article a where a.kind = :kind and a.status = :published",
                        Long.class)
                .setParameter("kind", ArticleKind.LIVE).setParameter("published", ArticleStatus.PUBLISHED)
                .setMaxResults(1).getSingleResult();
        try (SseReader reader = new SseReader(http,
                SseReader.serverUrl() + "/api/v1/live/" + article + "/stream", null)) {
            String headline = unique("Entry for live readers");
            var entry = AsRole.editor().call(() -> liveCoverage.addEntry(article, headline, "<p>Details follow.</p>"));
            SseReader.Event event = reader.awaitData(headline, PATIENCE);
            assertNotNull(event, "the live reader missed the entry");
            assertTrue(event.data().contains("\"id\":" + entry.id()), event.data());
            assertTrue(event.data().contains("\"type\":\"live-entry\""), event.data());
        }
    }

    @Test
    void anIdleStreamGetsKeepAliveCommentsSoProxiesKeepItAndLeftReadersAreFound() throws Exception {
        try (SseReader reader = new SseReader(http, stream(Edition.ES), null)) {
            eventually(() -> reader.comments.get() >= 1, "no greeting comment");
            int afterGreeting = reader.comments.get();
            // Every 20 s by default (newsroom.breaking.keepalive.seconds).
            Instant deadline = Instant.now().plusSeconds(45);
            while (reader.comments.get() == afterGreeting && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            assertTrue(reader.comments.get() > afterGreeting, "no keep-alive comment within 45 s");
        }
    }
}
