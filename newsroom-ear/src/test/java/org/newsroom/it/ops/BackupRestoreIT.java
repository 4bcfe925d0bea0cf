package org.newsroom.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.Deployments;

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
    private static final Pattern POSTGRESQL_URL = Pattern.compile("jdbc:postgresql://([^:/\\s]+)(?::(\\d+))?/([^?;\\s]+)");

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

    /** Row count and a digest of every row, independent of physical order. */
    private String fingerprint(String database, String table) throws Exception {
        return psql(database, "select count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' order by md5(t::text))), '-') from \""
                + table + "\" t").trim();
    }

    /** The name of the database the server under test uses, from -Dnewsroom.db.url in the build's JVM arguments. */
    private String serverDatabase() {
        Matcher url = POSTGRESQL_URL.matcher(System.getProperty("server.jvm.args", ""));
        assertTrue(url.find(), "the server does not run on PostgreSQL: " + System.getProperty("server.jvm.args"));
        return url.group(3);
    }

    private Map<String, String> connection() {
        Matcher url = POSTGRESQL_URL.matcher(System.getProperty("server.jvm.args", ""));
        assertTrue(url.find());
        Matcher user = Pattern.compile("-Dnewsroom\\.db\\.user=(\\S+)").matcher(System.getProperty("server.jvm.args", ""));
        return Map.of("PGHOST", url.group(1), "PGPORT", url.group(2) == null ? "5432" : url.group(2),
                "PGUSER", user.find() ? user.group(1) : "postgres");
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

    /** Runs a PostgreSQL client tool against the server's PostgreSQL; fails the test with its output if it fails. */
    private String run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(connection());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        assertEquals(0, exit, String.join(" ", command) + " failed: " + output);
        return output;
    }
}
