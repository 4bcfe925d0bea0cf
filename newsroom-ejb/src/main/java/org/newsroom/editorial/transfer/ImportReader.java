package org.newsroom.editorial.transfer;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsroom.domain.refusal.Reason;
import org.newsroom.editorial.ActionRefused;

/**
 * The import's work on a plain JDBC connection (no container needed, so
 * {@code ExportRoundTripTest} runs it on H2): the checks that change nothing (manifest, schema
 * version, checksums, an empty installation), the rows of each file inserted in batches of
 * {@value #BATCH_ROWS} rows or {@value #BATCH_BYTES} bytes, and the id sequences moved past them.
 * Transactions are the caller's ({@link ContentImport}).
 */
final class ImportReader {

    private static final int BATCH_ROWS = 500;
    private static final long BATCH_BYTES = 16L * 1024 * 1024;

    private ImportReader() {
    }

    /** The manifest of a directory an export wrote, of this format and of schema version {@code ours}. */
    static Manifest checkedManifest(Path source, String ours) {
        Manifest manifest;
        try {
            manifest = Manifest.read(source);
        } catch (IOException e) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.IMPORT_UNUSABLE, e.getMessage());
        }
        if (manifest.formatVersion() != Manifest.FORMAT_VERSION) {
            throw new ActionRefused(ActionRefused.Why.RULE, Reason.IMPORT_FORMAT_VERSION, manifest.formatVersion(),
                    Manifest.FORMAT_VERSION);
        }
        if (!ours.equals(manifest.schemaVersion())) {
            throw new ActionRefused(ActionRefused.Why.RULE, Reason.IMPORT_SCHEMA_VERSION, manifest.schemaVersion(), ours);
        }
        List<String> expected = ContentTables.EXPORTED.stream().map(ContentTables.Table::name).toList();
        List<String> given = manifest.tables().stream().map(Manifest.TableFile::name).toList();
        if (!expected.equals(given)) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.IMPORT_TABLES_DIFFER);
        }
        return manifest;
    }

    /** Every file against its checksum, before anything is written; returns the checked paths. */
    static Map<String, String> verifiedFiles(Path source, Manifest manifest) {
        Map<String, String> sums;
        try {
            sums = Checksums.read(source);
        } catch (IOException e) {
            throw damaged(Checksums.FILE + " cannot be read");
        }
        if (sums.isEmpty()) {
            throw damaged("it has no " + Checksums.FILE);
        }
        for (String required : manifestAndTables(manifest)) {
            if (!sums.containsKey(required)) {
                throw damaged(required + " has no line in " + Checksums.FILE);
            }
        }
        for (Map.Entry<String, String> entry : sums.entrySet()) {
            Path file = inside(source, entry.getKey());
            try {
                if (!Files.isRegularFile(file) || !Checksums.of(file).equals(entry.getValue())) {
                    throw damaged(entry.getKey() + " does not match its checksum in " + Checksums.FILE);
                }
            } catch (IOException e) {
                throw damaged(entry.getKey() + " cannot be read");
            }
        }
        return sums;
    }

    private static List<String> manifestAndTables(Manifest manifest) {
        List<String> files = new ArrayList<>(List.of(Manifest.FILE));
        manifest.tables().forEach(t -> files.add(t.file()));
        return files;
    }

    /** A path the directory names, refused when it would lead out of the directory. */
    private static Path inside(Path source, String relative) {
        Path file = source.resolve(relative).normalize();
        if (!file.startsWith(source) || relative.startsWith("/")) {
            throw damaged(relative + " lies outside the export directory");
        }
        return file;
    }

    private static ActionRefused damaged(String why) {
        return new ActionRefused(ActionRefused.Why.INVALID, Reason.IMPORT_DAMAGED, why);
    }

    /** Refuses an installation that has any content: an import never merges two sites. */
    static void refuseUnlessEmpty(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            long stories = count(statement, "article");
            if (stories > 0) {
                throw new ActionRefused(ActionRefused.Why.RULE, Reason.IMPORT_HAS_STORIES, stories);
            }
            for (ContentTables.Table table : ContentTables.EXPORTED) {
                long rows = count(statement, table.name());
                if (rows > 0) {
                    throw new ActionRefused(ActionRefused.Why.RULE, Reason.IMPORT_HAS_CONTENT, rows, table.name());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting the installation's content failed", e);
        }
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every table's file into its table, in the manifest's order; returns {rows, files}. */
    static long[] insertAll(Connection connection, Path source, Manifest manifest, Map<String, String> verified)
            throws SQLException, IOException {
        long rows = 0;
        long files = 0;
        for (Manifest.TableFile table : manifest.tables()) {
            long[] counts = insertTable(connection, source, table, verified);
            rows += counts[0];
            files += counts[1];
        }
        return new long[] {rows, files};
    }

    /** The ids of the published stories, which the reader shelf holds. */
    static List<Long> publishedStories(Connection connection) throws SQLException {
        List<Long> published = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select id from article where status = 'PUBLISHED' order by id")) {
            while (rs.next()) {
                published.add(rs.getLong(1));
            }
        }
        return published;
    }

    /** One table's file into the table, in batches; returns {rows, files}. */
    private static long[] insertTable(Connection connection, Path source, Manifest.TableFile table,
            Map<String, String> verified) throws SQLException, IOException {
        Map<String, Column> columns = columnsOf(connection, table.name());
        if (!columns.keySet().equals(new java.util.HashSet<>(table.columns()))) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.IMPORT_COLUMNS_DIFFER, table.name(),
                    String.join(", ", table.columns()));
        }
        String insert = "insert into " + table.name() + " (" + String.join(", ", table.columns()) + ") values ("
                + table.columns().stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        long rows = 0;
        long files = 0;
        try (PreparedStatement statement = connection.prepareStatement(insert);
             BufferedReader lines = Files.newBufferedReader(inside(source, table.file()), StandardCharsets.UTF_8)) {
            int batched = 0;
            long batchedBytes = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isEmpty()) {
                    continue;
                }
                JsonObject row = parse(line, table);
                for (int i = 0; i < table.columns().size(); i++) {
                    String name = table.columns().get(i);
                    Column column = columns.get(name);
                    JsonValue value = row.get(name);
                    if (column.kind() == Column.Kind.BINARY && value instanceof JsonString path) {
                        if (!verified.containsKey(path.getString())) {
                            throw damaged(path.getString() + " has no line in " + Checksums.FILE);
                        }
                        byte[] bytes = Files.readAllBytes(inside(source, path.getString()));
                        column.bindBytes(statement, i + 1, bytes);
                        batchedBytes += bytes.length;
                        files++;
                    } else {
                        column.bind(statement, i + 1, value);
                    }
                }
                statement.addBatch();
                rows++;
                if (++batched >= BATCH_ROWS || batchedBytes >= BATCH_BYTES) {
                    statement.executeBatch();
                    batched = 0;
                    batchedBytes = 0;
                }
            }
            if (batched > 0) {
                statement.executeBatch();
            }
        } catch (ClassCastException | ArithmeticException | java.time.format.DateTimeParseException e) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.IMPORT_VALUE_OF_WRONG_KIND, table.file());
        }
        if (rows != table.rows()) {
            throw damaged(table.file() + " holds " + rows + " rows, the manifest says " + table.rows());
        }
        return new long[] {rows, files};
    }

    private static JsonObject parse(String line, Manifest.TableFile table) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        } catch (JsonException e) {
            throw damaged(table.file() + " has a line that is not a JSON object");
        }
    }

    /** This installation's columns of a table, by lower-case name. */
    private static Map<String, Column> columnsOf(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select * from " + table + " where 1 = 0")) {
            Map<String, Column> columns = new HashMap<>();
            Column.of(rs.getMetaData()).forEach(c -> columns.put(c.name(), c));
            return columns;
        }
    }

    /**
     * Each id sequence restarts beyond the largest imported id (and one allocation of 50 more,
     * which Hibernate's pooled ids may reach back into), so new rows never meet an imported id.
     * A statement of its own per sequence, after the import's commit: H2 commits around sequence
     * changes. Returns, per table, the largest id of its sequence.
     */
    static Map<String, Long> moveSequencesPastImportedIds(Connection connection) {
        Map<String, Long> largestByTable = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String sequence : ContentTables.sequences()) {
                long largest = 0;
                for (ContentTables.Table table : ContentTables.drawingOn(sequence)) {
                    try (ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table.name())) {
                        rs.next();
                        largest = Math.max(largest, rs.getLong(1));
                    }
                }
                if (largest > 0) {
                    statement.execute("alter sequence " + sequence + " restart with " + (largest + 51));
                    for (ContentTables.Table table : ContentTables.drawingOn(sequence)) {
                        largestByTable.put(table.name(), largest);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The content was imported, but moving the id sequences past it failed", e);
        }
        return largestByTable;
    }

}
