package org.newsroom.web.breaking;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.metrics.NewsroomMeters;

/**
 * The readers connected to this node: one broadcaster per edition ticker and one per
 * live article being watched. Held in memory on purpose, since connections are per node;
 * what they are sent comes from the database via the topic.
 */
@ApplicationScoped
public class ReaderBroadcasts {

    private static final Logger LOG = Logger.getLogger(ReaderBroadcasts.class.getName());

    static final long RECONNECT_MILLIS = 3000;

    private final Map<Edition, SseBroadcaster> editions = new ConcurrentHashMap<>();
    private final Map<Long, SseBroadcaster> liveArticles = new ConcurrentHashMap<>();
    private volatile Sse sse;
    /** Streams this node holds; a reader who left is noticed at the next write to it. */
    private final Set<SseEventSink> open = ConcurrentHashMap.newKeySet();

    @Inject
    NewsroomMeters meters;

    @PostConstruct
    void exportOpenStreams() {
        meters.gauge("sse.streams.open", open, sinks -> {
            sinks.removeIf(SseEventSink::isClosed);
            return sinks.size();
        });
    }

    void joinEdition(Edition edition, SseEventSink sink, Sse sse) {
        remember(sse);
        open.add(sink);
        editions.computeIfAbsent(edition, e -> create("edition " + e.code())).register(sink);
    }

    void joinLiveArticle(long articleId, SseEventSink sink, Sse sse) {
        remember(sse);
        open.add(sink);
        liveArticles.computeIfAbsent(articleId, id -> create("live article " + id)).register(sink);
    }

    void toEdition(Edition edition, long id, String json) {
        SseBroadcaster broadcaster = editions.get(edition);
        if (broadcaster != null) {
            broadcaster.broadcast(event(id, json));
        }
    }

    void toLiveArticle(long articleId, long id, String json) {
        SseBroadcaster broadcaster = liveArticles.get(articleId);
        if (broadcaster != null) {
            broadcaster.broadcast(event(id, json));
        }
    }

    /** A single event for one reader, e.g. an item it missed while disconnected. */
    OutboundSseEvent event(long id, String json) {
        return sse.newEventBuilder().id(Long.toString(id)).data(json).build();
    }

    /**
     * The first thing a new reader gets: a comment (ignored by EventSource) that commits
     * the response headers at once, and the reconnect delay a dropped client should wait.
     */
    static OutboundSseEvent greeting(Sse sse) {
        return sse.newEventBuilder().comment("newsroom breaking").reconnectDelay(RECONNECT_MILLIS).build();
    }

    private void remember(Sse current) {
        if (sse == null) {
            sse = current;
        }
    }

    private SseBroadcaster create(String audience) {
        SseBroadcaster broadcaster = sse.newBroadcaster();
        broadcaster.onError((sink, error) -> LOG.log(Level.FINE, "A reader of " + audience + " went away", error));
        return broadcaster;
    }

    @PreDestroy
    void closeAll() {
        // RESTEasy's SseEventOutputImpl.close waits without a time limit for a pending write to a reader
        // who may be gone; it once held an undeploy (and the test build) for good. Close on another
        // thread and let the undeploy go on after a moment either way.
        CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> {
            editions.values().forEach(SseBroadcaster::close);
            liveArticles.values().forEach(SseBroadcaster::close);
        });
        try {
            closing.get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "Readers' streams did not all close; undeploying anyway", e);
        }
    }
}
