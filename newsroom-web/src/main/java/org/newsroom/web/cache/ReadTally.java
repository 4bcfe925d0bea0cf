package org.newsroom.web.cache;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.editorial.reading.ReadCounter;

/**
 * Reads of article pages answered from the cache, tallied where they happen and handed to
 * {@link ReadCounter} once a second. A hit is answered on an Undertow IO thread, which must
 * never block; calling the EJB there would start a transaction and run its interceptors for
 * every read. Here a hit costs a map lookup and a {@link LongAdder} increment, and the EJB
 * is called once per article per second from a managed executor. The counter itself reaches
 * the database every 10 s, so "most read" is at most a second later than before.
 */
@ApplicationScoped
public class ReadTally {

    private static final Logger LOG = Logger.getLogger(ReadTally.class.getName());

    private final Map<Long, LongAdder> reads = new ConcurrentHashMap<>();

    @EJB
    ReadCounter counter;

    @Resource
    ManagedScheduledExecutorService executor;

    private ScheduledFuture<?> handOver;

    @PostConstruct
    void start() {
        handOver = executor.scheduleWithFixedDelay(this::handOver, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Made with the application, not at the first hit: that would be on an IO thread, and an
     * IO thread is no place to look up an executor and an EJB and schedule a task.
     */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // Observing is enough: CDI has made the bean (and run start()) to deliver the event.
    }

    /** One read of an article; safe and cheap on any thread. */
    public void count(long articleId) {
        reads.computeIfAbsent(articleId, id -> new LongAdder()).increment();
    }

    void handOver() {
        try {
            for (Map.Entry<Long, LongAdder> entry : reads.entrySet()) {
                long tallied = entry.getValue().sumThenReset();
                if (tallied > 0) {
                    counter.countReads(entry.getKey(), tallied);
                }
            }
            // Articles not read in the last second leave the map, so it stays as small as the set of busy pages.
            reads.entrySet().removeIf(e -> e.getValue().sum() == 0);
        } catch (RuntimeException e) {
            // A failing hand-over must not cancel the schedule (an exception would): these reads are lost, later ones are not.
            LOG.log(Level.FINE, "Reads of cached pages not handed over", e);
        }
    }

    @PreDestroy
    void stop() {
        if (handOver != null) {
            handOver.cancel(false);
        }
        handOver();
    }
}
