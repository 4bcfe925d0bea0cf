package org.newsroom.editorial.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A row goes out to a line of JSON and comes back the same: every kind of column the schema
 * uses, nulls included, times to the microsecond with their offset, text with quotes, line
 * breaks and Arabic. On H2 in PostgreSQL mode, as the server runs by default.
 */
class ColumnTest {

    private static final String COLUMNS = "id bigint primary key, n integer, flag boolean, words varchar(200), "
            + "at timestamp(6) with time zone, later timestamp(6) with time zone";

    @Test
    void aRowWrittenAsJsonComesBackTheSame() throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:column-" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table source (" + COLUMNS + ")");
            statement.execute("create table copy (" + COLUMNS + ")");
            statement.execute("insert into source values (9007199254740993, 42, true, 'He said \"no\"\nمرحبا', "
                    + "timestamp with time zone '2026-12-03 10:15:30.123456+01:00', null)");

            String line;
            List<Column> columns;
            try (ResultSet rs = statement.executeQuery("select * from source")) {
                columns = Column.of(rs.getMetaData());
                rs.next();
                JsonObjectBuilder row = Json.createObjectBuilder();
                for (int i = 0; i < columns.size(); i++) {
                    columns.get(i).read(rs, i + 1, row);
                }
                line = row.build().toString();
            }
            assertEquals(List.of("id", "n", "flag", "words", "at", "later"), columns.stream().map(Column::name).toList());
            assertEquals(1, line.lines().count(), "one row, one line: " + line);

            JsonObject parsed = Json.createReader(new StringReader(line)).readObject();
            String insert = "insert into copy values (" + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
            try (PreparedStatement copy = connection.prepareStatement(insert)) {
                for (int i = 0; i < columns.size(); i++) {
                    columns.get(i).bind(copy, i + 1, parsed.get(columns.get(i).name()));
                }
                copy.executeUpdate();
            }
            try (ResultSet differences = statement.executeQuery("select count(*) from (select * from source except select * from copy)")) {
                differences.next();
                assertEquals(0, differences.getLong(1), "the copy differs from the source: " + line);
            }
        }
    }
}
