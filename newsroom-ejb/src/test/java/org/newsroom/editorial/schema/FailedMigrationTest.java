package org.newsroom.editorial.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * What docs/deploy.md promises for an upgrade whose migration fails: the deploy stops
 * with one line naming the cause, and the data of the previous version is untouched.
 * The database is an in-memory H2 in PostgreSQL mode, left at version 1 as if the
 * previous release had run, with a column that a later migration (V4) also adds.
 */
class FailedMigrationTest {

    @Test
    void failedMigrationRefusesTheStartInOneLineAndKeepsTheData() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:failed-migration-" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        database.setPassword("");
        // The previous release: schema at version 1, one breaking item, and a column someone added by hand.
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("1").load().migrate();
        execute(database, "insert into breaking_item (id, version, edition, text, posted_at, posted_by) "
                + "values (7, 0, 'en', 'Kept through a failed upgrade', current_timestamp, 'desk')");
        execute(database, "alter table breaking_item add column source_message_id varchar(100)");

        SchemaMigration migration = new SchemaMigration();
        migration.dataSource = database;
        StartupRefused refused = assertThrows(StartupRefused.class, migration::migrateAndValidate);

        String message = refused.getMessage();
        assertTrue(message.startsWith("Newsroom cannot start: migrating the schema of jdbc:h2:mem:failed-migration-"), message);
        assertTrue(message.toUpperCase().contains("SOURCE_MESSAGE_ID"), "the cause is not named: " + message);
        assertFalse(message.contains("\n"), "not one line: " + message);
        assertEquals(null, refused.getCause(), "a cause would print a stack trace in the log");
        assertEquals("Kept through a failed upgrade", queryOne(database, "select text from breaking_item where id = 7"));
        // The migration that failed (the one adding source_message_id) is not recorded as applied;
        // the ones before it may have been, each in its own transaction.
        assertEquals("0", queryOne(database,
                "select count(*) from \"flyway_schema_history\" where \"script\" like 'V4\\_\\_%' escape '\\' and \"success\""));
    }

    private static void execute(JdbcDataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryOne(JdbcDataSource database, String sql) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            assertTrue(result.next(), "no row for " + sql);
            return result.getString(1);
        }
    }
}
