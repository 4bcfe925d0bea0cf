package org.newsroom.editorial.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Every table the migrations create is either exported or left behind with a reason, and the
 * export's order inserts each row after the rows its foreign keys name: checked against the
 * schema itself (all migrations on an in-memory H2 in PostgreSQL mode), so a new table or a new
 * reference cannot slip past the export unnoticed.
 */
class ContentTablesTest {

    @Test
    void everyTableOfTheSchemaIsExportedOrLeftBehindWithAReason() throws Exception {
        Set<String> schema = new TreeSet<>();
        try (Connection connection = migrated().getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                schema.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        schema.remove("flyway_schema_history");
        Set<String> classified = new TreeSet<>(ContentTables.LEFT_BEHIND.keySet());
        ContentTables.EXPORTED.forEach(t -> classified.add(t.name()));
        assertEquals(schema, classified);
        ContentTables.LEFT_BEHIND.forEach((table, why) -> assertTrue(why.length() > 20, table + " needs a reason"));
    }

    @Test
    void eachExportedTableComesAfterTheTablesItRefersTo() throws Exception {
        List<String> order = ContentTables.EXPORTED.stream().map(ContentTables.Table::name).toList();
        List<String> wrong = new ArrayList<>();
        try (Connection connection = migrated().getConnection()) {
            for (String table : order) {
                try (ResultSet keys = connection.getMetaData().getImportedKeys(null, "PUBLIC", table.toUpperCase(Locale.ROOT))) {
                    while (keys.next()) {
                        String referenced = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                        if (!referenced.equals(table) && order.indexOf(referenced) > order.indexOf(table)) {
                            wrong.add(table + " -> " + referenced);
                        }
                        if (!order.contains(referenced)) {
                            wrong.add(table + " -> " + referenced + " (not exported)");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everySequenceNamedIsOneTheSchemaHas() throws Exception {
        Set<String> sequences = new HashSet<>();
        try (Connection connection = migrated().getConnection();
             ResultSet rs = connection.createStatement().executeQuery(
                     "select sequence_name from information_schema.sequences")) {
            while (rs.next()) {
                sequences.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        assertTrue(sequences.containsAll(ContentTables.sequences()), ContentTables.sequences() + " not all in " + sequences);
    }

    static JdbcDataSource migrated() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:content-tables-" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        database.setPassword("");
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
        return database;
    }
}
