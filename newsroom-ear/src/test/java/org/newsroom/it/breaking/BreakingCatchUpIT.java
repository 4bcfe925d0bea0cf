package org.newsroom.it.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.breaking.BreakingNewsIT.eventually;
import static org.newsroom.it.breaking.BreakingNewsIT.unique;

import jakarta.ejb.EJB;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingTicker;
import org.newsroom.editorial.breaking.BreakingView;
import org.newsroom.it.support.JsonField;
import org.newsroom.editorial.breaking.BreakingNews;
import org.newsroom.it.support.AsRole;
import org.newsroom.it.support.Deployments;

/**
 * Every change (post, edit, retract, expiry) is an event with its own id, so readers who
 * were away are replayed edits and retractions of items they already have, not only new items.
 */
@ExtendWith(ArquillianExtension.class)
class BreakingCatchUpIT {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithRoles(BreakingCatchUpIT.class, BreakingNewsIT.class, SseReader.class, SocketReader.class);
    }

    @EJB
    BreakingNews breakingNews;

    @EJB
    BreakingTicker ticker;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String stream(Edition edition) {
        return SseReader.serverUrl() + "/api/v1/breaking/stream?edition=" + edition.code();
    }

    @Test
    void aReaderBackFromADropGetsTheEditAndTheRetractionOfItemsItAlreadyHad() throws Exception {
        String kept = unique("Will be corrected");
        String corrected = unique("Corrected while the reader was away");
        String withdrawn = unique("Will be withdrawn");
        List<SseReader> stayers = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                stayers.add(new SseReader(http, stream(Edition.ES), null));
            }
            String lastSeen;
            BreakingView first;
            BreakingView second;
            try (SseReader leaver = new SseReader(http, stream(Edition.ES), null)) {
                first = AsRole.editor().call(() -> breakingNews.post(Edition.ES, kept, null, null));
                second = AsRole.editor().call(() -> breakingNews.post(Edition.ES, withdrawn, null, null));
                assertNotNull(leaver.awaitData(kept, PATIENCE));
                SseReader.Event last = leaver.awaitData(withdrawn, PATIENCE);
                assertNotNull(last);
                lastSeen = last.id();
            } // the leaver drops here

            AsRole.editor().call(() -> breakingNews.edit(first.id(), corrected, null));
            AsRole.editor().run(() -> breakingNews.retract(second.id()));

            for (SseReader stayer : stayers) {
                SseReader.Event edit = stayer.awaitData(corrected, PATIENCE);
                assertNotNull(edit, "a connected reader missed the edit");
                assertTrue(edit.data().contains("\"type\":\"edited\""), edit.data());
                SseReader.Event retraction = stayer.awaitData(
                        "{\"id\":" + second.id() + ",\"edition\":\"es\",\"type\":\"retracted\"}", PATIENCE);
                assertNotNull(retraction, "a connected reader missed the retraction");
                assertTrue(Long.parseLong(retraction.id()) > Long.parseLong(edit.id()), "ids follow the changes");
            }

            eventually(() -> ticker.current(Edition.ES).stream().noneMatch(i -> i.id() == second.id()), "not reloaded");
            try (SseReader back = new SseReader(http, stream(Edition.ES), lastSeen)) {
                SseReader.Event edit = back.awaitData(corrected, PATIENCE);
                assertNotNull(edit, "the returning reader was not told of the edit");
                assertTrue(edit.data().contains("\"id\":" + first.id()), edit.data());
                assertTrue(Long.parseLong(edit.id()) > Long.parseLong(lastSeen));
                SseReader.Event retraction = back.awaitData("\"id\":" + second.id(), PATIENCE);
                assertNotNull(retraction, "the returning reader was not told of the retraction");
                assertTrue(retraction.data().contains("\"type\":\"retracted\""), retraction.data());

                // Caught up: reconnecting with the newest id replays neither item again (another
                // class's item may still change meanwhile, and that one it should get).
                try (SseReader again = new SseReader(http, stream(Edition.ES), retraction.id())) {
                    for (SseReader.Event event : again.eventsWithin(Duration.ofSeconds(1))) {
                        assertFalse(event.data().contains("\"id\":" + first.id() + ",")
                                || event.data().contains("\"id\":" + second.id() + ","), "replayed twice: " + event.data());
                    }
                }
            }
        } finally {
            for (SseReader stayer : stayers) {
                stayer.close();
            }
        }
    }

    @Test
    void anExpiryIsAnEventToo() throws Exception {
        String text = unique("Expires in two seconds");
        try (SseReader reader = new SseReader(http, stream(Edition.EN), null)) {
            BreakingView posted = AsRole.editor().call(() -> breakingNews.post(Edition.EN, text, null, Instant.now().plusSeconds(2)));
            SseReader.Event shown = reader.awaitData(text, PATIENCE);
            assertNotNull(shown);
            // Other items may expire meanwhile: wait for this one's.
            SseReader.Event expiry = reader.awaitData("{\"id\":" + posted.id() + ",\"edition\":\"en\",\"type\":\"expired\"}",
                    Duration.ofSeconds(30));
            assertNotNull(expiry, "no expiry event");
            assertTrue(Long.parseLong(expiry.id()) > Long.parseLong(shown.id()));
            // A reader that saw the item but not its expiry is told on catch-up.
            try (SseReader back = new SseReader(http, stream(Edition.EN), shown.id())) {
                SseReader.Event replayed = back.awaitData("\"id\":" + posted.id(), PATIENCE);
                assertNotNull(replayed);
                assertTrue(replayed.data().contains("\"type\":\"expired\""), replayed.data());
            }
        }
    }

    @Test
    void aNewReaderFirstGetsASnapshotOfTheCurrentItems() throws Exception {
        String current = unique("Current when the reader arrives");
        String gone = unique("Retracted before the reader arrives");
        AsRole.editor().call(() -> breakingNews.post(Edition.AR, current, null, null));
        BreakingView retracted = AsRole.editor().call(() -> breakingNews.post(Edition.AR, gone, null, null));
        AsRole.editor().run(() -> breakingNews.retract(retracted.id()));
        eventually(() -> ticker.current(Edition.AR).stream().anyMatch(i -> i.text().equals(current))
                && ticker.current(Edition.AR).stream().noneMatch(i -> i.text().equals(gone)), "not reloaded");
        try (SseReader fresh = new SseReader(http, stream(Edition.AR), null)) {
            SseReader.Event snapshot = fresh.awaitData("\"type\":\"snapshot\"", PATIENCE);
            assertNotNull(snapshot, "no snapshot");
            assertTrue(snapshot.data().contains(current), snapshot.data());
            assertFalse(snapshot.data().contains(gone), snapshot.data());
            assertEquals(Long.toString(ticker.latestEventId(Edition.AR)), snapshot.id());
        }
    }

    @Test
    void aWebSocketClientGetsTheSameChangesAndCatchesUpWithSince() throws Exception {
        String text = unique("Over a WebSocket");
        String corrected = unique("Corrected for the WebSocket client");
        String lastSeen;
        BreakingView posted;
        try (SocketReader socket = new SocketReader(http, "edition=en")) {
            assertNotNull(socket.await("\"type\":\"snapshot\"", PATIENCE), "no snapshot first");
            posted = AsRole.editor().call(() -> breakingNews.post(Edition.EN, text, null, null));
            String message = socket.await(text, PATIENCE);
            assertNotNull(message, "the WebSocket client missed the item");
            assertTrue(message.contains("\"type\":\"posted\"") && message.contains("\"id\":" + posted.id()), message);
            lastSeen = JsonField.field(message, "eventId");
        }
        AsRole.editor().call(() -> breakingNews.edit(posted.id(), corrected, null));
        eventually(() -> ticker.current(Edition.EN).stream().anyMatch(i -> i.text().equals(corrected)), "not reloaded");
        try (SocketReader back = new SocketReader(http, "edition=en&since=" + lastSeen)) {
            String replayed = back.await(corrected, PATIENCE);
            assertNotNull(replayed, "the edit was not replayed over the WebSocket");
            assertTrue(replayed.contains("\"type\":\"edited\""), replayed);
        }
        try (SocketReader unknown = new SocketReader(http, "edition=xx")) {
            eventually(() -> unknown.closedWith != null, "a socket for an unknown edition stays open");
            assertEquals(1003, unknown.closedWith.intValue());
        }
    }
}
