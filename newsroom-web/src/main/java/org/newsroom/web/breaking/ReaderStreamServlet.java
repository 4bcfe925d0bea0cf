package org.newsroom.web.breaking;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingTicker;
import org.newsroom.editorial.breaking.ChannelReplay;
import org.newsroom.editorial.breaking.LiveChange;
import org.newsroom.editorial.breaking.LiveCoverage;
import org.newsroom.editorial.breaking.TickerChange;
import org.newsroom.editorial.breaking.TickerSnapshot;

/**
 * The readers' Server-Sent Events streams:
 * {@code /api/v1/breaking/stream?edition=…} (an edition's ticker) and
 * {@code /api/v1/live/{articleId}/stream} (a published live story's entries).
 *
 * <p>A plain asynchronous servlet rather than a Jakarta REST {@code SseEventSink}: a change
 * is encoded once and the same bytes are written to every reader ({@link ReaderBroadcasts}),
 * where RESTEasy serialised the event again for each of 10,000 sinks, one after another
 * (docs/breaking.md, benchmark). The protocol is unchanged: each event carries the change's id;
 * {@code Last-Event-ID} (or {@code since}) replays what a reader missed; a new ticker reader
 * first gets a snapshot.
 */
@WebServlet(name = "ReaderStreams", urlPatterns = {"/api/v1/breaking/stream", "/api/v1/live/*"}, asyncSupported = true)
public class ReaderStreamServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** More missed changes than this and the reader gets a snapshot (ticker) or is told to reload (live). */
    static final int MAX_REPLAY = 500;
    static final long RECONNECT_MILLIS = 3000;
    private static final byte[] GREETING = ReaderStream.greeting(RECONNECT_MILLIS);
    private static final Pattern LIVE_PATH = Pattern.compile("^/(\\d{1,18})/stream$");

    private final transient Map<Edition, EncodedSnapshot> snapshots = new ConcurrentHashMap<>();

    @Inject
    transient ReaderBroadcasts readers;

    @EJB
    transient BreakingTicker ticker;

    @EJB
    transient ChannelReplay replay;

    @EJB
    transient LiveCoverage liveCoverage;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/api/v1/breaking/stream".equals(request.getServletPath())) {
            Edition edition = Edition.fromCode(request.getParameter("edition")).orElse(null);
            if (edition == null) {
                problem(response, "Unknown edition", "There is no edition \"" + request.getParameter("edition")
                        + "\"; editions are " + List.of(Edition.values()).stream().map(Edition::code).toList());
                return;
            }
            followTicker(edition, request, response);
            return;
        }
        Matcher live = LIVE_PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!live.matches() || !liveCoverage.isFollowable(Long.parseLong(live.group(1)))) {
            // Drafts' entries are not for readers; nor is guessing which ids are live stories.
            problem(response, "No such live coverage", "There is no published live story at this address");
            return;
        }
        followLiveStory(Long.parseLong(live.group(1)), request, response);
    }

    private void followTicker(Edition edition, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Long last = lastEventId(request);
        ReaderStream stream = open(request, response);
        // Join first, then greet (which commits the headers a client waits for), then catch up: a change made
        // in between arrives twice (clients apply it by id), never not at all.
        readers.joinEdition(edition, stream);
        stream.send(GREETING);
        if (last != null && last >= ticker.latestEventId(edition)) {
            return; // nothing happened since: the common reconnect, answered without a query
        }
        List<TickerChange> missed = last == null ? null : replay.tickerSince(edition, last, MAX_REPLAY).orElse(null);
        if (missed == null) {
            stream.send(snapshotFrame(edition));
            return;
        }
        for (TickerChange change : missed) {
            String json = change.item() == null
                    ? ReaderEvents.removed(change.itemId(), edition.code(), change.type())
                    : ReaderEvents.item(change.item(), change.type()).build().toString();
            stream.send(ReaderStream.frame(change.eventId(), json));
        }
    }

    private void followLiveStory(long articleId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Long last = lastEventId(request);
        ReaderStream stream = open(request, response);
        readers.joinLiveArticle(articleId, stream);
        stream.send(GREETING);
        if (last == null) {
            return;
        }
        List<LiveChange> missed = replay.liveSince(articleId, last, MAX_REPLAY).orElse(null);
        if (missed == null) {
            stream.send(ReaderStream.frame(last, ReaderEvents.stale()));
            return;
        }
        for (LiveChange change : missed) {
            String json = change.entry() == null
                    ? ReaderEvents.liveEntryRemoved(articleId, change.entryId())
                    : ReaderEvents.liveEntry(change.entry(), change.type());
            stream.send(ReaderStream.frame(change.eventId(), json));
        }
    }

    /**
     * The snapshot every new reader gets, encoded once per change of the list: a crowd
     * arriving at once (after a push notification, say) costs one serialisation, not one each.
     */
    private byte[] snapshotFrame(Edition edition) {
        TickerSnapshot current = ticker.snapshot(edition);
        EncodedSnapshot cached = snapshots.get(edition);
        if (cached != null && cached.snapshot().equals(current)) {
            return cached.frame();
        }
        byte[] frame = ReaderStream.frame(current.eventId(), ReaderEvents.snapshot(edition, current));
        snapshots.put(edition, new EncodedSnapshot(current, frame));
        return frame;
    }

    private record EncodedSnapshot(TickerSnapshot snapshot, byte[] frame) {
    }

    /** Sets the event-stream headers and keeps the response open; nothing is sent yet. */
    private ReaderStream open(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(200);
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache, no-transform");
        response.setHeader("X-Accel-Buffering", "no"); // nginx: pass events through at once
        AsyncContext async = request.startAsync();
        async.setTimeout(0); // readers stay as long as they like; a dead one is found on the next write
        ReaderStream stream = new ReaderStream(async);
        async.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                stream.ended();
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                stream.ended();
            }

            @Override
            public void onError(AsyncEvent event) {
                stream.ended();
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                // not restarted
            }
        });
        return stream;
    }

    private static Long lastEventId(HttpServletRequest request) {
        for (String value : new String[] {request.getHeader("Last-Event-ID"), request.getParameter("since")}) {
            if (value != null && !value.isBlank()) {
                try {
                    return Long.parseLong(value.strip());
                } catch (NumberFormatException ignored) {
                    // an id this server never sent: treat the reader as new
                }
            }
        }
        return null;
    }

    private static void problem(HttpServletResponse response, String title, String detail) throws IOException {
        response.setStatus(404);
        response.setContentType(BreakingResource.PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(Json.createObjectBuilder().add("type", "about:blank").add("title", title)
                .add("status", 404).add("detail", detail).build().toString().getBytes(StandardCharsets.UTF_8));
    }
}
