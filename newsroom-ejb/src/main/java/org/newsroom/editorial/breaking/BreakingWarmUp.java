package org.newsroom.editorial.breaking;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.transaction.UserTransaction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.staff.Role;

/**
 * Makes the first breaking item after a start as fast as the tenth. The first post on a fresh
 * node pays for everything a post touches the first time (the service's bean pool, the item and
 * event inserts and their sequences, the broker's transacted producer for the topic), and on a
 * newsroom's busiest minute that is the item that matters. So the node posts one item while it
 * starts, in a transaction it rolls back: nothing is stored, recorded or announced (an event id
 * is used up, which readers never notice: ids only need to grow). The readers' side of the path
 * warms itself in the web module ({@code ReaderWarmUp}). A failure is logged and the start goes on.
 */
@Singleton
@Startup
@DependsOn("BreakingTicker")
@RunAs(Role.EDITOR_NAME)
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class BreakingWarmUp {

    private static final Logger LOG = Logger.getLogger(BreakingWarmUp.class.getName());

    @EJB
    BreakingNews breakingNews;

    @Resource
    UserTransaction transaction;

    @PostConstruct
    void postAndRollBack() {
        long started = System.nanoTime();
        try {
            transaction.begin();
            try {
                breakingNews.post(Edition.EN, "Warm-up item, rolled back at once", null, null);
            } finally {
                transaction.rollback();
            }
            LOG.info(() -> "Breaking-news post path warmed in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        } catch (Exception | LinkageError failed) {
            LOG.log(Level.WARNING, "Could not warm the breaking-news post path; the first item after this start may be slower",
                    failed);
        }
    }
}
