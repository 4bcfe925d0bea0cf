package org.newsroom.web.breaking;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.configuration.Setting;
import org.newsroom.editorial.metrics.NewsroomMeters;

/**
 * The readers connected to this node (over SSE or WebSocket): one audience per edition ticker and one per live
 * article being watched. Held in memory on purpose, since connections are per node;
 * what they are sent comes from the database via the topic.
 *
 * <p>A change is encoded once per transport ({@link ReaderFrame}); large audiences are written in
 * shards on the managed executor, as many at a time as the node has cores. Writing never waits
 * for a reader: each connection queues the frame and sends it without blocking, and drops a
 * reader that falls too far behind ({@link ReaderBacklog}), so a stalled reader holds up nobody.
 */
@ApplicationScoped
public class ReaderBroadcasts {

    private static final Logger LOG = Logger.getLogger(ReaderBroadcasts.class.getName());

    /** Readers written by one task; smaller audiences are written on the caller's thread. */
    static final int SHARD = 2000;
    private static final int PARALLEL = (int) Setting.BREAKING_FANOUT_THREADS.number(
            Runtime.getRuntime().availableProcessors());

    private final Map<Edition, Set<ReaderConnection>> editions = new ConcurrentHashMap<>();
    private final Map<Long, Set<ReaderConnection>> liveArticles = new ConcurrentHashMap<>();

    /** Fan-outs to at least this many readers are logged with their duration (one line per change). */
    private static final int LOGGED_AUDIENCE = 1000;

    /** Seconds between keep-alive comments to every reader. */
    static final long KEEP_ALIVE_SECONDS = Setting.BREAKING_KEEPALIVE_SECONDS.number();

    @Resource
    ManagedExecutorService executor;

    @Inject
    NewsroomMeters meters;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> keepAlive;

    @PostConstruct
    void start() {
        exportOpenStreams();
        startKeepAlive();
    }

    /** Open reader streams on this node (SSE and WebSocket) as a gauge; a reader who left is dropped at the next write. */
    private void exportOpenStreams() {
        meters.gauge("sse.streams.open", this, ReaderBroadcasts::readerCount);
    }

    /**
     * A comment to every reader now and then: a proxy with an idle timeout keeps the stream
     * open, and a reader that went away is found (its write fails) and dropped, instead of
     * holding a socket until the next breaking item — 10,000 readers who left would otherwise
     * keep 10,000 file descriptors.
     */
    private void startKeepAlive() {
        keepAlive = scheduler.scheduleWithFixedDelay(this::keepAlive, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS,
                TimeUnit.SECONDS);
    }

    void keepAlive() {
        ReaderFrame ping = ReaderFrame.keepAlive();
        editions.values().forEach(audience -> fanOut(audience, audience.toArray(new ReaderConnection[0]), ping));
        liveArticles.values().forEach(audience -> fanOut(audience, audience.toArray(new ReaderConnection[0]), ping));
    }

    void joinEdition(Edition edition, ReaderConnection stream) {
        join(editions.computeIfAbsent(edition, e -> ConcurrentHashMap.newKeySet()), stream);
    }

    void joinLiveArticle(long articleId, ReaderConnection stream) {
        join(liveArticles.computeIfAbsent(articleId, id -> ConcurrentHashMap.newKeySet()), stream);
    }

    private static void join(Set<ReaderConnection> audience, ReaderConnection stream) {
        audience.add(stream);
        stream.joined(audience);
    }

    void toEdition(Edition edition, long eventId, String json) {
        fanOut(editions.get(edition), eventId, new ReaderFrame(eventId, json));
    }

    void toLiveArticle(long articleId, long eventId, String json) {
        fanOut(liveArticles.get(articleId), eventId, new ReaderFrame(eventId, json));
    }

    /** How many readers this node serves (all audiences); for logs and benchmarks. */
    int readerCount() {
        return editions.values().stream().mapToInt(Set::size).sum()
                + liveArticles.values().stream().mapToInt(Set::size).sum();
    }

    private void fanOut(Set<ReaderConnection> audience, long eventId, ReaderFrame frame) {
        if (audience == null || audience.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        ReaderConnection[] readers = audience.toArray(new ReaderConnection[0]);
        try {
            fanOut(audience, readers, frame);
        } finally {
            if (readers.length >= LOGGED_AUDIENCE) {
                LOG.info(() -> "Event " + eventId + " written to " + readers.length + " readers in "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
        }
    }

    /** Writes one frame to these readers of the audience, in shards when they are many; a reader gone leaves the audience. */
    void fanOut(Set<ReaderConnection> audience, ReaderConnection[] readers, ReaderFrame frame) {
        int shards = Math.min(PARALLEL, (readers.length + SHARD - 1) / SHARD);
        if (shards <= 1) {
            write(audience, readers, 0, readers.length, frame);
            return;
        }
        int size = (readers.length + shards - 1) / shards;
        List<Future<?>> others = new ArrayList<>();
        for (int shard = 1; shard < shards; shard++) {
            int from = shard * size;
            int to = Math.min(readers.length, from + size);
            others.add(executor.submit(() -> write(audience, readers, from, to, frame)));
        }
        write(audience, readers, 0, size, frame); // the first shard on this thread
        for (Future<?> other : others) {
            try {
                other.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                LOG.log(Level.WARNING, "A shard of readers was not written in time", e);
            }
        }
    }

    private static void write(Set<ReaderConnection> audience, ReaderConnection[] readers, int from, int to, ReaderFrame frame) {
        for (int i = from; i < to; i++) {
            if (!readers[i].send(frame)) {
                audience.remove(readers[i]);
            }
        }
    }

    @PreDestroy
    void closeAll() {
        if (keepAlive != null) {
            keepAlive.cancel(false);
        }
        editions.values().forEach(audience -> audience.forEach(ReaderConnection::close));
        liveArticles.values().forEach(audience -> audience.forEach(ReaderConnection::close));
    }
}
