package org.newsroom.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import org.junit.jupiter.api.Test;
import org.newsroom.domain.audit.AuditAction;
import java.time.Instant;

class ArticleForWriteTest {

    @Test
    void aCommitThatLostToAConcurrentWriteIsAStaleRefusal() {
        RollbackException commit = new RollbackException("could not commit");
        commit.initCause(new OptimisticLockException("row was updated by another transaction"));
        ActionRefused refused = ArticleForWrite.staleAtCommit(new EJBTransactionRolledbackException("rolled back", commit)).orElseThrow();
        assertEquals(ActionRefused.Why.STALE, refused.why());
        assertEquals(ArticleForWrite.staleBySomeone().getMessage(), refused.getMessage());
    }

    @Test
    void aLostRaceAttachedAsSuppressedCountsToo() {
        RollbackException commit = new RollbackException("could not commit");
        commit.addSuppressed(new OptimisticLockException("row was updated by another transaction"));
        assertTrue(ArticleForWrite.staleAtCommit(new EJBTransactionRolledbackException("rolled back", commit)).isPresent());
    }

    @Test
    void anyOtherFailedCommitIsNotCalledStale() {
        RollbackException commit = new RollbackException("could not commit");
        commit.initCause(new PersistenceException("disk full"));
        assertTrue(ArticleForWrite.staleAtCommit(new EJBTransactionRolledbackException("rolled back", commit)).isEmpty());
    }

    @Test
    void theStaleSentenceSaysWhoAndWhatToDo() {
        assertEquals("This story was changed by ana (save at 2026-12-03T08:00:00Z) after you opened it (your version 3, now 4)."
                        + " Your changes were not saved; reload it and apply them again.",
                ArticleForWrite.stale("ana", AuditAction.SAVE, Instant.parse("2026-12-03T08:00:00Z"), 3L, 4L).getMessage());
    }
}
