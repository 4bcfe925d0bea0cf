package org.newsroom.editorial.transfer;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.audit.AuditTrail;
import org.newsroom.editorial.catalog.ReaderShelf;

/**
 * Reads an export directory into an empty installation ({@code ops/newsroom import DIR}).
 *
 * <p>First it checks, changing nothing ({@link ImportReader}): the manifest is ours and of this
 * schema version, every file matches its line in {@code SHA256SUMS}, and the installation has no
 * content (not one story, section, picture…). Then, in <b>one transaction</b>, it inserts every
 * row with its own id and times, fills the reader shelf from the stories ({@link ReaderShelf},
 * the same code publishing uses) and records the audit entry: a failure anywhere leaves the
 * installation as empty as it was, so the import is simply run again, never resumed. After the
 * commit it moves each id sequence past the imported ids, and this node's blocks of ids too
 * ({@link NodeIdBlocks}), so new stories, pictures and terms get new ids. Rebuilding the search
 * index and dropping page caches is the caller's next step.
 *
 * <p>Bean-managed, with a transaction timeout of {@value #TIMEOUT_SECONDS} s: a large site takes
 * longer than a container transaction may last.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class ContentImport {

    private static final Logger LOG = Logger.getLogger(ContentImport.class.getName());
    private static final int TIMEOUT_SECONDS = 6 * 60 * 60;

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
        Manifest manifest = ImportReader.checkedManifest(source, SchemaVersion.of(dataSource));
        Map<String, String> verified = ImportReader.verifiedFiles(source, manifest);
        try (Connection connection = dataSource.getConnection()) {
            ImportReader.refuseUnlessEmpty(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Counting the installation's content failed", e);
        }
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
        moveIdsPastImported();
        return imported;
    }

    /** Inside the transaction: the rows, the reader shelf, the audit entry. */
    private Imported insertAll(String actor, Path source, Manifest manifest, Map<String, String> verified) throws Exception {
        long[] counts;
        List<Long> published;
        try (Connection connection = dataSource.getConnection()) {
            counts = ImportReader.insertAll(connection, source, manifest, verified);
            published = ImportReader.publishedStories(connection);
        }
        shelf.restock(published);
        long stories = manifest.rowsOf("article");
        audit.record(actor, AuditAction.CONTENT_IMPORTED, null, String.format(Locale.ROOT,
                "%d stories (%d published), %d rows, %d pictures from %s (exported %s from %s, schema %s)", stories,
                published.size(), counts[0], counts[1], source, manifest.exportedAt(), manifest.exportedFrom(),
                manifest.schemaVersion()));
        return new Imported(source, stories, published.size(), counts[0], counts[1]);
    }

    private void moveIdsPastImported() {
        Map<String, Long> largest;
        try (Connection connection = dataSource.getConnection()) {
            largest = ImportReader.moveSequencesPastImportedIds(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The content was imported, but moving the id sequences past it failed", e);
        }
        try {
            transaction.begin();
            NodeIdBlocks.passBeyond(em, largest);
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
