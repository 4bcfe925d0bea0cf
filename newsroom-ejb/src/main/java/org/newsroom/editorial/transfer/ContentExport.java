package org.newsroom.editorial.transfer;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.UserTransaction;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.audit.AuditTrail;

/**
 * Writes the installation's content to a directory ({@code ops/newsroom export DIR}): each table
 * of {@link ContentTables#EXPORTED} as JSON Lines, every picture as a file, then
 * {@code manifest.json}, each file's line in {@code SHA256SUMS} as it is closed. Rows stream from
 * the database to the file ({@value #FETCH} at a time), so 100,000 stories need no more memory
 * than ten. All tables are read in one read-only, repeatable-read transaction of its own, so the
 * export is one moment of the site even while the newsroom works. {@code manifest.json} is
 * written last: a directory without it is an export that did not finish, and the import refuses it.
 *
 * <p>Bean-managed: the export may take longer than a container transaction may last; only the
 * audit entry at the end gets a (short) transaction of its own.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class ContentExport {

    private static final Logger LOG = Logger.getLogger(ContentExport.class.getName());
    private static final int FETCH = 500;

    /** What an export wrote. */
    public record Exported(Path directory, long stories, long rows, long mediaFiles, String schemaVersion) {
    }

    @Resource(lookup = "java:jboss/datasources/NewsroomDS")
    DataSource dataSource;

    @Resource
    UserTransaction transaction;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @RolesAllowed(Role.ADMIN_NAME)
    public Exported writeTo(String actor, String directory) {
        Path target = ExportDirectory.emptyForExport(directory);
        String schemaVersion = SchemaVersion.of(dataSource);
        List<Manifest.TableFile> tables = new ArrayList<>();
        long mediaFiles;
        try (Checksums files = Checksums.startIn(target); Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            long pictures = 0;
            try {
                for (ContentTables.Table table : ContentTables.EXPORTED) {
                    long before = files.files();
                    tables.add(writeTable(connection, table, files));
                    pictures += files.files() - before - 1;
                }
                connection.commit();
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
            mediaFiles = pictures;
            Manifest manifest = new Manifest(Manifest.FORMAT_VERSION, schemaVersion, clock.instant(),
                    System.getProperty("jboss.node.name", "this node"), tables, mediaFiles);
            try (OutputStream out = files.create(Manifest.FILE)) {
                manifest.write(out);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Newsroom: export to " + target + " failed", e);
            throw ExportDirectory.cannotWrite(target);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the content for the export failed", e);
        }
        long rows = tables.stream().mapToLong(Manifest.TableFile::rows).sum();
        long stories = tables.stream().filter(t -> t.name().equals("article")).mapToLong(Manifest.TableFile::rows).sum();
        Exported exported = new Exported(target, stories, rows, mediaFiles, schemaVersion);
        recordInAudit(actor, exported);
        return exported;
    }

    /** One table to its file; its binary values (pictures) to files of their own. */
    private Manifest.TableFile writeTable(Connection connection, ContentTables.Table table, Checksums files)
            throws SQLException, IOException {
        long rows = 0;
        List<Column> columns;
        try (PreparedStatement select = connection.prepareStatement("select * from " + table.name() + " order by "
                + table.orderBy())) {
            select.setFetchSize(FETCH);
            try (ResultSet rs = select.executeQuery();
                 Writer lines = new BufferedWriter(new OutputStreamWriter(files.create(table.file()), StandardCharsets.UTF_8))) {
                columns = Column.of(rs.getMetaData());
                while (rs.next()) {
                    JsonObjectBuilder row = Json.createObjectBuilder();
                    for (int i = 0; i < columns.size(); i++) {
                        Column column = columns.get(i);
                        if (column.kind() == Column.Kind.BINARY) {
                            row.add(column.name(), writeFile(rs, i + 1, table, column, columns, files));
                        } else {
                            column.read(rs, i + 1, row);
                        }
                    }
                    lines.write(row.build().toString());
                    lines.write('\n');
                    rows++;
                }
            }
        }
        return new Manifest.TableFile(table.name(), table.file(), columns.stream().map(Column::name).toList(), rows);
    }

    /** Copies a binary value to its own file and returns the file's path, which the row carries. */
    private static String writeFile(ResultSet rs, int index, ContentTables.Table table, Column column, List<Column> columns,
            Checksums files) throws SQLException, IOException {
        String path = MediaFiles.pathOf(table.name(), column.name(), valueOf(rs, columns, "id"),
                valueOf(rs, columns, "asset_id"), valueOf(rs, columns, "content_type"));
        try (InputStream in = rs.getBinaryStream(index); OutputStream out = files.create(path)) {
            if (in != null) {
                in.transferTo(out);
            }
        }
        return path;
    }

    private static String valueOf(ResultSet rs, List<Column> columns, String name) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return rs.getString(i + 1);
            }
        }
        return null;
    }

    private void recordInAudit(String actor, Exported exported) {
        try {
            transaction.begin();
            audit.record(actor, AuditAction.CONTENT_EXPORTED, null, String.format(Locale.ROOT,
                    "%d stories, %d rows, %d pictures to %s", exported.stories(), exported.rows(), exported.mediaFiles(),
                    exported.directory()));
            transaction.commit();
        } catch (Exception e) {
            rollbackQuietly();
            throw new IllegalStateException("The export was written but its audit entry could not be recorded", e);
        }
    }

    private void rollbackQuietly() {
        try {
            if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            LOG.log(Level.FINE, "rollback after a failed audit entry", e);
        }
    }
}
