package org.newsroom.editorial.schedule;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.domain.staff.Role;

/**
 * Every few seconds, publishes what is due and takes down what has expired. Not
 * persistent: nothing is lost by a missed tick, because the next one finds the same
 * due rows in the database. Its first tick waits for the schema migration.
 */
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RunAs(Role.CHIEF_EDITOR_NAME)
public class DueWorkTimer {

    private static final Logger LOG = Logger.getLogger(DueWorkTimer.class.getName());

    @EJB
    ScheduledPublishing publishing;

    /** A slow run is never overlapped by the next tick on the same node. */
    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(second = "*/3", minute = "*", hour = "*", persistent = false, info = "newsroom due work")
    void runDueWork() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (Long id : publishing.dueForPublication()) {
                attempt(id, true);
            }
            for (Long id : publishing.dueForUnpublication()) {
                attempt(id, false);
            }
        } finally {
            running.set(false);
        }
    }

    private void attempt(Long id, boolean publish) {
        try {
            if (publish) {
                publishing.publishIfDue(id);
            } else {
                publishing.unpublishIfDue(id);
            }
        } catch (RuntimeException e) {
            // Usually another node won the race (stale version); otherwise the next tick retries.
            LOG.log(Level.INFO, "Newsroom: due work on story " + id + " not done this time: " + e, e.getCause() == null ? null : e);
        }
    }
}
