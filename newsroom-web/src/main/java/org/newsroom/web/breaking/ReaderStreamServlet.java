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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.LiveCoverage;

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

    static final long RECONNECT_MILLIS = 3000;
    private static final byte[] GREETING = ReaderStream.greeting(RECONNECT_MILLIS);
    private static final Pattern LIVE_PATH = Pattern.compile("^/(\\d{1,18})/stream$");

    @Inject
    transient ReaderBroadcasts readers;

    @Inject
    transient ReaderCatchUp catchUp;

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
        ReaderStream stream = open(request, response);
        // Join first, then greet (which commits the headers a client waits for), then catch up: a change made
        // in between arrives twice (clients apply it by id), never not at all.
        readers.joinEdition(edition, stream);
        stream.send(GREETING);
        stream.catchUp(catchUp.ticker(edition, lastEventId(request)));
    }

    private void followLiveStory(long articleId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ReaderStream stream = open(request, response);
        readers.joinLiveArticle(articleId, stream);
        stream.send(GREETING);
        stream.catchUp(catchUp.liveStory(articleId, lastEventId(request)));
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
        return ReaderCatchUp.lastEventId(request.getHeader("Last-Event-ID"), request.getParameter("since"));
    }

    private static void problem(HttpServletResponse response, String title, String detail) throws IOException {
        response.setStatus(404);
        response.setContentType(BreakingResource.PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(Json.createObjectBuilder().add("type", "about:blank").add("title", title)
                .add("status", 404).add("detail", detail).build().toString().getBytes(StandardCharsets.UTF_8));
    }
}
