package org.newsroom.editorial.transfer;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.audit.AuditTrail;

/**
 * Writes the installation's content to a directory ({@code ops/newsroom export DIR}) with
 * {@link ExportWriter}: each table of {@link ContentTables#EXPORTED} as JSON Lines, every picture
 * as a file, then {@code manifest.json}, each file's line in {@code SHA256SUMS} as it is closed.
 * Rows stream from the database to the files, so 100,000 stories need no more memory than ten;
 * all tables are read in one repeatable-read transaction of its own, so the export is one moment
 * of the site even while the newsroom works. {@code manifest.json} is written last: a directory
 * without it is an export that did not finish, and the import refuses it.
 *
 * <p>Bean-managed: the export may take longer than a container transaction may last; only the
 * audit entry at the end gets a (short) transaction of its own.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class ContentExport {

    private static final Logger LOG = Logger.getLogger(ContentExport.class.getName());

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
        Manifest manifest;
        try (Connection connection = dataSource.getConnection()) {
            manifest = ExportWriter.write(connection, target, SchemaVersion.of(dataSource),
                    System.getProperty("jboss.node.name", "this node"), clock.instant());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Newsroom: export to " + target + " failed", e);
            throw ExportDirectory.cannotWrite(target);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the content for the export failed", e);
        }
        long rows = manifest.tables().stream().mapToLong(Manifest.TableFile::rows).sum();
        Exported exported = new Exported(target, manifest.rowsOf("article"), rows, manifest.mediaFiles(),
                manifest.schemaVersion());
        recordInAudit(actor, exported);
        return exported;
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
