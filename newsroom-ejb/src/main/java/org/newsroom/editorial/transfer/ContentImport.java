package org.newsroom.editorial.transfer;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
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
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.audit.AuditTrail;
import org.newsroom.editorial.catalog.ReaderShelf;

/**
 * Reads an export directory into an empty installation ({@code ops/newsroom import DIR}).
 *
 * <p>First it checks, changing nothing: the manifest is ours and of this schema version, every
 * file matches its line in {@code SHA256SUMS}, and the installation has no content (not one
 * story, section, picture…). Then, in <b>one transaction</b>, it inserts every row with its own
 * id and times, fills the reader shelf from the stories ({@link ReaderShelf}, the same code
 * publishing uses) and records the audit entry: a failure anywhere leaves the installation as
 * empty as it was, so the import is simply run again, never resumed. After the commit it moves
 * each id sequence past the imported ids, and this node's blocks of ids too ({@link NodeIdBlocks}),
 * so new stories, pictures and terms get new ids.
 * Rebuilding the search index and dropping page caches is the caller's next step.
 *
 * <p>Bean-managed, with a transaction timeout of {@value #TIMEOUT_SECONDS} s: a large site takes
 * longer than a container transaction may last.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class ContentImport {

    private static final Logger LOG = Logger.getLogger(ContentImport.class.getName());
    private static final int TIMEOUT_SECONDS = 6 * 60 * 60;
    private static final int BATCH_ROWS = 500;
    private static final long BATCH_BYTES = 16L * 1024 * 1024;

    /** What an import brought in. */
    public record Imported(Path directory, long stories, long published, long rows, long mediaFiles) {
    }

    @Resource(lookup = "java:jboss/datasources/NewsroomDS")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @EJB
    ReaderShelf shelf;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @RolesAllowed(Role.ADMIN_NAME)
    public Imported readFrom(String actor, String directory) {
        Path source = ExportDirectory.existingForImport(directory);
        Manifest manifest = checkedManifest(source);
        Map<String, String> verified = verifiedFiles(source, manifest);
        refuseUnlessEmpty();
        Imported imported;
        try {
            transaction.setTransactionTimeout(TIMEOUT_SECONDS);
            transaction.begin();
            imported = insertAll(actor, source, manifest, verified);
            transaction.commit();
        } catch (ActionRefused e) {
            rollbackQuietly();
            throw e;
        } catch (Exception e) {
            rollbackQuietly();
            throw new IllegalStateException("The import from " + source + " failed; nothing was imported", e);
        } finally {
            resetTimeout();
        }
        moveSequencesPastImportedIds();
        return imported;
    }

    private Manifest checkedManifest(Path source) {
        Manifest manifest;
        try {
            manifest = Manifest.read(source);
        } catch (IOException e) {
            throw new ActionRefused(ActionRefused.Why.INVALID, e.getMessage());
        }
        if (manifest.formatVersion() != Manifest.FORMAT_VERSION) {
            throw new ActionRefused(ActionRefused.Why.RULE, "The export is in format version " + manifest.formatVersion()
                    + "; this Newsroom reads version " + Manifest.FORMAT_VERSION);
        }
        String ours = SchemaVersion.of(dataSource);
        if (!ours.equals(manifest.schemaVersion())) {
            throw new ActionRefused(ActionRefused.Why.RULE, "The export is of schema version " + manifest.schemaVersion()
                    + " and this installation is at version " + ours
                    + ": import it into an installation of the same Newsroom version, then upgrade");
        }
        List<String> expected = ContentTables.EXPORTED.stream().map(ContentTables.Table::name).toList();
        List<String> given = manifest.tables().stream().map(Manifest.TableFile::name).toList();
        if (!expected.equals(given)) {
            throw new ActionRefused(ActionRefused.Why.INVALID, "The export's tables are not the ones this version writes");
        }
        return manifest;
    }

    /** Every file against its checksum, before anything is written; returns the checked paths. */
    private static Map<String, String> verifiedFiles(Path source, Manifest manifest) {
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
        return new ActionRefused(ActionRefused.Why.INVALID, "The export is damaged (" + why
                + "): copy it again from the source; nothing was imported");
    }

    /** Refuses an installation that has any content: an import never merges two sites. */
    private void refuseUnlessEmpty() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            long stories = count(statement, "article");
            if (stories > 0) {
                throw new ActionRefused(ActionRefused.Why.RULE, "This installation already has " + stories
                        + " stories: import only into an empty installation (a new database, started with NEWSROOM_DEMO=false)");
            }
            for (ContentTables.Table table : ContentTables.EXPORTED) {
                long rows = count(statement, table.name());
                if (rows > 0) {
                    throw new ActionRefused(ActionRefused.Why.RULE, "This installation already has content (" + rows
                            + " rows in " + table.name() + "): import only into an empty installation"
                            + " (a new database, started with NEWSROOM_DEMO=false)");
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

    private Imported insertAll(String actor, Path source, Manifest manifest, Map<String, String> verified)
            throws SQLException, IOException {
        long rows = 0;
        long mediaFiles = 0;
        try (Connection connection = dataSource.getConnection()) {
            for (Manifest.TableFile table : manifest.tables()) {
                long[] counts = insertTable(connection, source, table, verified);
                rows += counts[0];
                mediaFiles += counts[1];
            }
        }
        List<Long> published;
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select id from article where status = 'PUBLISHED' order by id")) {
            published = new ArrayList<>();
            while (rs.next()) {
                published.add(rs.getLong(1));
            }
        }
        shelf.restock(published);
        long stories = manifest.rowsOf("article");
        audit.record(actor, AuditAction.CONTENT_IMPORTED, null, String.format(Locale.ROOT,
                "%d stories (%d published), %d rows, %d pictures from %s (exported %s from %s, schema %s)", stories,
                published.size(), rows, mediaFiles, source, manifest.exportedAt(), manifest.exportedFrom(),
                manifest.schemaVersion()));
        return new Imported(source, stories, published.size(), rows, mediaFiles);
    }

    /** One table's file into the table, in batches; returns {rows, files}. */
    private static long[] insertTable(Connection connection, Path source, Manifest.TableFile table,
            Map<String, String> verified) throws SQLException, IOException {
        Map<String, Column> columns = columnsOf(connection, table.name());
        if (!columns.keySet().equals(new java.util.HashSet<>(table.columns()))) {
            throw new ActionRefused(ActionRefused.Why.INVALID, "The export's columns of " + table.name()
                    + " are not this installation's (" + String.join(", ", table.columns()) + ")");
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
            throw new ActionRefused(ActionRefused.Why.INVALID, "The export's " + table.file()
                    + " holds a value of the wrong kind; nothing was imported");
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
     * A statement of its own per sequence: H2 commits around sequence changes.
     */
    private void moveSequencesPastImportedIds() {
        Map<String, Long> largestByTable = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
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
        try {
            transaction.begin();
            NodeIdBlocks.passBeyond(em, largestByTable);
            transaction.commit();
        } catch (Exception e) {
            rollbackQuietly();
            throw new IllegalStateException("The content was imported, but this node's ids could not be moved past it", e);
        }
    }

    private void rollbackQuietly() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.FINE, "rollback of a failed import", e);
        }
    }

    private void resetTimeout() {
        try {
            transaction.setTransactionTimeout(0);
        } catch (Exception e) {
            LOG.log(Level.FINE, "resetting the transaction timeout", e);
        }
    }
}
