package org.newsroom.editorial.reading;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads per article since the last flush, kept in memory. Bean-managed concurrency so
 * that counting never waits for a container lock; the map and adders are thread-safe.
 * Reads counted in the moment between draining an adder and a crash are lost, which is
 * fine for a popularity chart.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReadCounter {

    private static final Logger LOG = Logger.getLogger(ReadCounter.class.getName());

    private final Map<Long, LongAdder> pending = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    /** One human read of a published article. */
    public void countRead(long articleId) {
        pending.computeIfAbsent(articleId, id -> new LongAdder()).increment();
    }

    /** Several reads at once: the page cache tallies the reads of its hits and hands them over once a second. */
    public void countReads(long articleId, long reads) {
        if (reads > 0) {
            pending.computeIfAbsent(articleId, id -> new LongAdder()).add(reads);
        }
    }

    /** Reads not yet in the database, for tests and monitoring. */
    public long pendingReads() {
        return pending.values().stream().mapToLong(LongAdder::sum).sum();
    }

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void flush() {
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
        for (Map.Entry<Long, LongAdder> entry : pending.entrySet()) {
            long reads = entry.getValue().sumThenReset();
            if (reads > 0) {
                addToBucket(entry.getKey(), hour, reads);
            }
        }
        // Articles that were not read since the last flush leave the map, so it stays small.
        pending.entrySet().removeIf(e -> e.getValue().sum() == 0);
    }

    private void addToBucket(long articleId, Instant hour, long reads) {
        try {
            int updated = em.createNativeQuery("update article_read_hourly set reads = reads + ?1 "
                            + "where article_id = ?2 and hour_start = ?3")
                    .setParameter(1, reads).setParameter(2, articleId).setParameter(3, hour)
                    .executeUpdate();
            if (updated == 0) {
                em.createNativeQuery("insert into article_read_hourly (article_id, hour_start, reads) values (?1, ?2, ?3)")
                        .setParameter(1, articleId).setParameter(2, hour).setParameter(3, reads)
                        .executeUpdate();
            }
        } catch (RuntimeException e) {
            // A deleted article or a race with another node: drop these reads rather than fail the timer.
            LOG.log(Level.FINE, "Reads of article " + articleId + " not stored", e);
        }
    }

    @PreDestroy
    void flushOnShutdown() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Last reads not stored at shutdown", e);
        }
    }
}
