package org.newsroom.it.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingNews;
import org.newsroom.editorial.breaking.LiveCoverage;
import org.newsroom.it.support.AsRole;
import org.newsroom.it.support.Deployments;

/**
 * A reader who connects and then stops reading (a phone in a tunnel, or someone doing it on
 * purpose) holds up nobody: a few hundred readers of a live story get every entry, in order,
 * while two raw sockets that never read sit in the same audience; the stalled ones are dropped
 * once their backlog passes the limit, and one of them, reconnecting with {@code Last-Event-ID},
 * is replayed everything it missed, in order. The entries are large (20,000 characters of text
 * each) so that the stalled sockets' kernel buffers fill: with a blocking write, the fan-out
 * would wait on them for good.
 */
@ExtendWith(ArquillianExtension.class)
class StalledReaderIT {

    private static final int READERS = 200;
    /**
     * 20 entries of about 19,000 characters (380 KB): several times what a stalled reader can hold
     * before it is dropped on the test server (its socket send buffer, 16 KiB doubled by Linux, plus
     * the backlog limit, 64 KiB — both set small in newsroom-ear's pom so the tests stay short —
     * plus the reader's own small receive buffer).
     */
    private static final int ENTRIES = 20;
    /** Ticker edits of about 200 characters: enough to fill a stalled WebSocket reader's buffers and backlog. */
    private static final int EDITS = 400;
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final Pattern COMPLETE_EVENT = Pattern.compile("id: (\\d+)\ndata: [^\n]*\n\n");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithRoles(StalledReaderIT.class, BreakingNewsIT.class, SseReader.class, SocketReader.class, SocketFrames.class);
    }

    @EJB
    LiveCoverage liveCoverage;

    @EJB
    BreakingNews breakingNews;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private long publishedLiveStory() {
        return em.createQuery("select a.id from Article a where a.kind = :kind and a.status = :published order by a.id desc",
                        Long.class)
                .setParameter("kind", ArticleKind.LIVE).setParameter("published", ArticleStatus.PUBLISHED)
                .setMaxResults(1).getSingleResult();
    }

    /** Connects, asks for the stream and never reads; a small receive window so the server's writes back up at once. */
    private static Socket stalledReader(String path) throws IOException {
        URI server = URI.create(SseReader.serverUrl());
        Socket socket = new Socket();
        socket.setReceiveBufferSize(2048);
        socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5000);
        // HTTP/1.0: the body is the bare event stream (no chunk framing) and ends when the server closes.
        socket.getOutputStream().write(("GET " + path + " HTTP/1.0\r\nHost: " + server.getAuthority()
                + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    /** Reads what the server sent until it closed the connection; fails if it never does. */
    private static String readUntilClosed(Socket socket, Duration within) throws IOException {
        socket.setSoTimeout((int) within.toMillis());
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        InputStream in = socket.getInputStream();
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException stillOpen) {
            throw new AssertionError("the stalled reader was never dropped (" + received.size() + " bytes taken)");
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    private static String body(int entry) {
        StringBuilder text = new StringBuilder("<p>");
        while (text.length() < 19_000) {
            text.append("Entry ").append(entry).append(" of the count, long enough to fill a stalled socket. ");
        }
        return text.append("</p>").toString();
    }

    @Test
    void aReaderWhoStopsReadingHoldsUpNobodyIsDroppedAndCatchesUpInOrder() throws Exception {
        long story = publishedLiveStory();
        String path = "/api/v1/live/" + story + "/stream";
        String run = BreakingNewsIT.unique("Stall");
        List<Socket> stalled = List.of(stalledReader(path), stalledReader(path));
        List<SseReader> readers = new ArrayList<>();
        try {
            for (int i = 0; i < READERS; i++) {
                readers.add(new SseReader(http, SseReader.serverUrl() + path, null));
            }
            // A small entry first: where a stalled reader that took no whole entry resumes from.
            AsRole editor = AsRole.editor();
            editor.call(() -> liveCoverage.addEntry(story, run + " start", "<p>The count begins.</p>"));
            String startId = readers.get(0).awaitData(run + " start", PATIENCE).id();
            for (int entry = 1; entry <= ENTRIES; entry++) {
                int number = entry;
                editor.call(() -> liveCoverage.addEntry(story, run + " #" + number, body(number)));
            }
            String last = run + " #" + ENTRIES;
            for (SseReader reader : readers) {
                List<SseReader.Event> events = reader.eventsThrough(last, PATIENCE);
                assertNotNull(events, "a reading reader did not get the last entry: held up by the stalled ones");
                assertEquals(entriesOf(run, 1, ENTRIES), headlinesOf(run, events), "every entry, once, in order");
            }

            String taken = readUntilClosed(stalled.get(0), PATIENCE);
            readUntilClosed(stalled.get(1), PATIENCE);
            Matcher complete = COMPLETE_EVENT.matcher(taken);
            String lastSeen = startId;
            int seenEntries = 0;
            while (complete.find()) {
                if (complete.group().contains(run + " #")) {
                    lastSeen = complete.group(1);
                    seenEntries++;
                }
            }
            assertTrue(seenEntries < ENTRIES, "the stalled reader was dropped before it had everything");
            try (SseReader back = new SseReader(http, SseReader.serverUrl() + path, lastSeen)) {
                List<SseReader.Event> replayed = back.eventsThrough(last, PATIENCE);
                assertNotNull(replayed, "the reader back from the drop was not replayed the rest");
                List<String> headlines = headlinesOf(run, replayed);
                assertFalse(headlines.isEmpty());
                assertEquals(entriesOf(run, ENTRIES - headlines.size() + 1, ENTRIES), headlines,
                        "what it missed, in order, to the last entry");
                assertTrue(headlines.size() >= ENTRIES - seenEntries, "nothing it missed is left out");
            }
        } finally {
            for (SseReader reader : readers) {
                reader.close();
            }
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void aWebSocketReaderWhoStopsReadingHoldsUpNobodyAndCatchesUpWithSince() throws Exception {
        AsRole editor = AsRole.editor();
        String run = BreakingNewsIT.unique("SocketStall");
        long item = editor.call(() -> breakingNews.post(Edition.EN, run + " posted", null, null)).id();
        Socket stalled = stalledSocketReader("/api/v1/breaking/socket?edition=en");
        List<SocketReader> readers = new ArrayList<>();
        try {
            for (int i = 0; i < SOCKET_READERS; i++) {
                SocketReader reader = new SocketReader(http, "edition=en");
                // The server joins a reader to the audience, then sends its snapshot: once it is here, nothing is missed.
                assertNotNull(reader.await("\"type\":\"snapshot\"", PATIENCE), "no snapshot first");
                readers.add(reader);
            }
            for (int edit = 1; edit <= EDITS; edit++) {
                String line = tickerLine(run, edit);
                editor.call(() -> breakingNews.edit(item, line, null));
            }
            // Each change reaches readers as the item stands when the relay looks it up, so two quick edits
            // may both carry the later text (the last text can come before the last change): what every
            // reader must get is every change, once, in order — so each reader is read until it has as many
            // changes as there were edits, not until the last text.
            String last = run + " #" + EDITS + " ";
            for (SocketReader reader : readers) {
                List<String> messages = reader.messagesUntil(taken -> editEventIds(item, taken).size() >= EDITS, PATIENCE);
                assertNotNull(messages, "a reading WebSocket reader did not get every edit: held up by the stalled one");
                List<Long> changes = editEventIds(item, messages);
                assertEquals(EDITS, changes.size(), () -> "every change, once; the other messages: " + messages.stream()
                        .filter(message -> !message.contains("\"type\":\"edited\"")).toList());
                assertInOrder(changes);
            }

            List<String> taken = SocketFrames.textsUntilClosed(stalled, PATIENCE);
            List<Long> seen = editEventIds(item, taken);
            assertTrue(seen.size() < EDITS, "the stalled WebSocket reader was dropped before it had everything");
            assertInOrder(seen);
            long lastSeen = seen.isEmpty() ? 0 : seen.get(seen.size() - 1);
            try (SocketReader back = new SocketReader(http, "edition=en&since=" + (seen.isEmpty() ? "" : lastSeen))) {
                List<String> replayed = back.messagesThrough(last, PATIENCE);
                assertNotNull(replayed, "the WebSocket reader back from the drop was not brought up to the last edit");
                String latest = replayed.get(replayed.size() - 1);
                assertTrue(Long.parseLong(eventIdOf(latest)) > lastSeen, "the catch-up is newer than what it had: " + latest);
            }
        } finally {
            readers.forEach(SocketReader::close);
            stalled.close();
            editor.run(() -> breakingNews.retract(item));
        }
    }

    private static final int SOCKET_READERS = 50;
    private static final Pattern EVENT_ID = Pattern.compile("\"eventId\":(\\d+)");

    /** A ticker line of about 190 characters, numbered: "run #n ....". */
    private static String tickerLine(String run, int edit) {
        StringBuilder line = new StringBuilder(run).append(" #").append(edit).append(' ');
        while (line.length() < 190) {
            line.append('.');
        }
        return line.toString();
    }

    private static String eventIdOf(String message) {
        Matcher id = EVENT_ID.matcher(message);
        assertTrue(id.find(), "a change without its event id: " + message);
        return id.group(1);
    }

    /**
     * The event ids of the item's edits among the messages, in the order they came. A change is known by its
     * event id and item, not its text: each carries the item as the relay finds it, which may be a later edit.
     */
    private static List<Long> editEventIds(long item, List<String> messages) {
        List<Long> ids = new ArrayList<>();
        for (String message : messages) {
            if (message.contains("\"id\":" + item + ",") && message.contains("\"type\":\"edited\"")) {
                ids.add(Long.parseLong(eventIdOf(message)));
            }
        }
        return ids;
    }

    private static void assertInOrder(List<Long> eventIds) {
        for (int i = 1; i < eventIds.size(); i++) {
            assertTrue(eventIds.get(i) > eventIds.get(i - 1), "changes out of order: " + eventIds.get(i - 1) + " then " + eventIds.get(i));
        }
    }

    /** Opens the WebSocket handshake and never reads, with a small receive window. */
    private static Socket stalledSocketReader(String path) throws IOException {
        URI server = URI.create(SseReader.serverUrl());
        Socket socket = new Socket();
        socket.setReceiveBufferSize(2048);
        socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5000);
        socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + server.getAuthority()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13"
                + "\r\nSec-WebSocket-Key: " + SocketFrames.newKey() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        return socket;
    }

    private static List<String> entriesOf(String run, int from, int to) {
        List<String> headlines = new ArrayList<>();
        for (int entry = from; entry <= to; entry++) {
            headlines.add(run + " #" + entry);
        }
        return headlines;
    }

    /** The headlines of this run's entries among the events, in the order they came. */
    private static List<String> headlinesOf(String run, List<SseReader.Event> events) {
        Pattern headline = Pattern.compile(Pattern.quote(run) + " #(\\d+)\"");
        List<String> headlines = new ArrayList<>();
        for (SseReader.Event event : events) {
            Matcher m = headline.matcher(event.data());
            if (m.find() && event.data().contains("\"type\":\"live-entry")) {
                headlines.add(run + " #" + m.group(1));
            }
        }
        return headlines;
    }
}
