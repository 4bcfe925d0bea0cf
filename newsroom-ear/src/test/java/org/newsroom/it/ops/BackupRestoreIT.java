package org.newsroom.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.SamePages;
import org.newsroom.it.support.SecondServer;

/**
 * The backup procedure of docs/operations.md, run for real: pg_dump of the database the
 * server uses, pg_restore into an empty scratch database, and every table — pictures
 * included — must come back identical. PostgreSQL leg only (failsafe excludes it
 * otherwise); it never writes to the server's own database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BackupRestoreIT {

    private static final String SCRATCH = "newsroom_restore_it";

    private Path dump;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @AfterEach
    void dropScratchDatabase() throws Exception {
        run("dropdb", "--if-exists", SCRATCH);
        if (dump != null) {
            Files.deleteIfExists(dump);
        }
    }

    @Test
    void restoredDumpHoldsEveryTableAndEveryPictureOfTheOriginal() throws Exception {
        String source = serverDatabase();
        dump = Files.createTempFile("newsroom-backup-", ".dump");
        run("pg_dump", "--format=custom", "--file=" + dump, source);
        run("dropdb", "--if-exists", SCRATCH);
        run("createdb", SCRATCH);
        run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + SCRATCH, dump.toString());

        List<String> tables = lines(psql(source, "select tablename from pg_tables where schemaname = 'public' order by 1"));
        assertTrue(tables.contains("media_rendition") && tables.contains("article") && tables.contains("flyway_schema_history"),
                "unexpected tables " + tables);
        for (String table : tables) {
            assertEquals(fingerprint(source, table), fingerprint(SCRATCH, table), table + " differs after restore");
        }
        int pictures = Integer.parseInt(psql(SCRATCH, "select count(*) from media_rendition where length(bytes) > 0").trim());
        assertTrue(pictures > 0, "no picture bytes in the restored database");
    }

    /**
     * The restored database is a working site: a second WildFly ({@link SecondServer}) runs the
     * same EAR on the restored copy only, and its reader pages and API answers are the same bytes
     * as the original server's, but for the host name in absolute links.
     */
    @Test
    void aServerOnTheRestoredDatabaseServesTheSamePages() throws Exception {
        String source = serverDatabase();
        // Reads reach the database every 10 s; robots' reads are never counted, and this test reads as one.
        TimeUnit.SECONDS.sleep(11);
        dump = Files.createTempFile("newsroom-backup-", ".dump");
        run("pg_dump", "--format=custom", "--file=" + dump, source);
        run("dropdb", "--if-exists", SCRATCH);
        run("createdb", SCRATCH);
        run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + SCRATCH, dump.toString());

        try (SecondServer restored = SecondServer.copyNamed("restore-server").start(SCRATCH)) {
            String original = Deployments.baseUrl();
            int compared = SamePages.assertSame(original, restored.baseUrl(), SamePages.readerPaths(original, 3),
                    "on the restored database");
            System.out.printf("BackupRestoreIT: %d pages identical on the restored database%n", compared);
        }
    }

    /** Row count and a digest of every row, independent of physical order. */
    private String fingerprint(String database, String table) throws Exception {
        return psql(database, "select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '-') from \""
                + table + "\" t").trim();
    }

    private static String serverDatabase() {
        return SecondServer.serverDatabase();
    }

    private String psql(String database, String sql) throws Exception {
        return run("psql", "--no-psqlrc", "--tuples-only", "--no-align", "--set=ON_ERROR_STOP=1", "--dbname=" + database,
                "--command=" + sql);
    }

    private static List<String> lines(String output) {
        List<String> lines = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.trim());
            }
        }
        return lines;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        return SecondServer.postgreSqlTool(command);
    }
}
