package org.newsroom.editorial.breaking;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;
import org.newsroom.domain.staff.Role;

/**
 * Once an hour, on every node, prunes the breaking channel's old events ({@link ChannelPruning}).
 * Not persistent: a missed hour leaves a few more rows for the next one. Runs as ADMIN, the
 * only role that may delete them. Its first tick waits for the schema migration.
 */
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RunAs(Role.ADMIN_NAME)
public class ChannelPruningTimer {

    private static final Logger LOG = Logger.getLogger(ChannelPruningTimer.class.getName());

    @EJB
    ChannelPruning pruning;

    @Schedule(hour = "*", minute = "23", persistent = false, info = "newsroom channel pruning")
    void pruneOldEvents() {
        try {
            pruning.prune();
        } catch (RuntimeException e) {
            // Another node pruning the same rows, or the database away for a moment: next hour goes on.
            LOG.info("Newsroom: breaking-channel pruning not finished this time: " + e);
        }
    }
}
