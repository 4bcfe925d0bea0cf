package org.newsroom.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The database's words for a duplicate, as H2 and PostgreSQL say them, become ours. */
class DuplicatesTest {

    private static ActionRefused refusalFor(SQLException sql) {
        PersistenceException jpa = new PersistenceException("could not execute statement", sql);
        return Duplicates.refusal(new EJBException("flush failed", jpa)).orElseThrow();
    }

    @Test
    void aTagMadeTwiceAtOnceOnH2IsAConflictAboutTheTag() {
        ActionRefused refused = refusalFor(new SQLException("Unique index or primary key violation: \"PUBLIC.TAG_SLUG_UNIQUE_INDEX_1"
                + " ON PUBLIC.TAG(EDITION NULLS FIRST, SLUG NULLS FIRST) VALUES ( /* 5 */ 'en', 'harbour' )\"; SQL statement:\n"
                + "insert into tag (edition,name,slug,id) values (?,?,?,?)", "23505", 23505));
        assertEquals(ActionRefused.Why.RULE, refused.why());
        assertTrue(refused.getMessage().startsWith("A tag of this name was made"), refused.getMessage());
    }

    @Test
    void h2sConcurrentUpdateOfAnUncommittedKeyCountsAsADuplicate() {
        ActionRefused refused = refusalFor(new SQLException("Concurrent update in table \"ARTICLE\": another transaction has updated"
                + " or deleted the same row", "90131", 90131));
        assertTrue(refused.getMessage().startsWith("Another story in this edition took this slug"), refused.getMessage());
    }

    @Test
    void postgresqlNamesTheConstraintWhichNamesTheTable() {
        assertTrue(refusalFor(new SQLException("ERROR: duplicate key value violates unique constraint \"article_slug_unique\"\n"
                + "  Detail: Key (edition, slug)=(en, harbour) already exists.", "23505")).getMessage().contains("took this slug"));
        assertTrue(refusalFor(new SQLException("ERROR: duplicate key value violates unique constraint \"staff_user_username_key\"",
                "23505")).getMessage().startsWith("This user name was taken"));
        assertTrue(refusalFor(new SQLException("ERROR: duplicate key value violates unique constraint \"coverage_pin_story_unique\"",
                "23505")).getMessage().startsWith("This story was pinned"));
    }

    @Test
    void unnamedUniqueColumnsOnH2AreFoundByTheirTable() {
        assertTrue(refusalFor(new SQLException("Unique index or primary key violation: \"PUBLIC.CONSTRAINT_INDEX_8 ON"
                + " PUBLIC.STAFF_USER(USERNAME NULLS FIRST) VALUES ( /* 2 */ 'ana' )\"", "23505")).getMessage()
                .startsWith("This user name was taken"));
    }

    @Test
    void clashingRevisionNumbersAreAStaleSaveOfTheStory() {
        ActionRefused refused = refusalFor(new SQLException("Unique index or primary key violation: \"PUBLIC.REVISION_NUMBER_UNIQUE_INDEX_1"
                + " ON PUBLIC.REVISION(ARTICLE_ID NULLS FIRST, NUMBER NULLS FIRST)\"", "23505"));
        assertEquals(ActionRefused.Why.STALE, refused.why());
    }

    @Test
    void aDuplicateAtCommitAttachedAsSuppressedIsFoundAndAnUnknownTableGetsTheGeneralSentence() {
        RollbackException commit = new RollbackException("could not commit");
        commit.addSuppressed(new SQLException("duplicate key value violates unique constraint \"mystery_key\"", "23505"));
        ActionRefused refused = Duplicates.refusal(new EJBTransactionRolledbackException("rolled back", commit)).orElseThrow();
        assertTrue(refused.getMessage().startsWith("Something with the same name or address"), refused.getMessage());
        assertFalse(refused.getMessage().contains("mystery"), "never the database's words");
    }

    @Test
    void anyOtherDatabaseFailureIsNoDuplicate() {
        assertTrue(Duplicates.refusal(new EJBException("failed", new PersistenceException("x",
                new SQLException("value too long for column", "22001")))).isEmpty());
        assertTrue(Duplicates.refusal(new IllegalStateException("nothing to do with SQL")).isEmpty());
    }
}
