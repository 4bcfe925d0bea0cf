package org.newsroom.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;

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

    /**
     * The restored database is a working site: a second WildFly (the build's server, copied
     * with its boot-time configuration) runs the same EAR on the restored copy only, and its
     * reader pages and API answers are the same bytes as the original server's, but for the
     * host name in absolute links.
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

        int offset = Integer.parseInt(jvmArg("jboss.socket.binding.port-offset", "100")) + 50;
        Path home = restoredServer();
        Process server = startOn(home, offset);
        try {
            String restored = "http://127.0.0.1:" + (8080 + offset);
            awaitReady(9990 + offset, server);
            String original = Deployments.baseUrl();
            Set<String> paths = new LinkedHashSet<>(List.of("/en/", "/es/", "/ar/", "/api/v1/editions",
                    "/api/v1/articles?edition=en", "/feeds/en/feed.atom", "/sitemap.xml"));
            String list = fetch(original + "/api/v1/articles?edition=en&size=3");
            Matcher url = Pattern.compile("\"url\"\\s*:\\s*\"https?://[^/\"]+(/[a-z]{2}/[^\"]+)\"").matcher(list);
            while (url.find()) {
                paths.add(url.group(1)); // article pages
                paths.add(url.group(1).substring(0, url.group(1).lastIndexOf('/') + 1)); // and their sections
            }
            assertTrue(paths.size() >= 10, "no articles listed by the original: " + list);
            for (String path : paths) {
                String expected = normalized(fetch(original + path), original);
                String actual = normalized(fetch(restored + path), restored);
                assertEquals(expected, actual, path + " differs on the restored database");
            }
            System.out.printf("BackupRestoreIT: %d pages identical on the restored database%n", paths.size());
        } finally {
            stop(server);
        }
    }

    /** The build's server, copied without its state and its test deployments. */
    private Path restoredServer() throws Exception {
        Path built = Path.of(System.getProperty("jboss.home", "target/wildfly-39.0.1.Final")).toAbsolutePath();
        Path home = built.resolveSibling("restore-server");
        run("rm", "-rf", home.toString());
        run("cp", "-a", built.toString(), home.toString());
        Path standalone = home.resolve("standalone");
        run("rm", "-rf", standalone.resolve("data").toString(), standalone.resolve("tmp").toString(),
                standalone.resolve("log").toString(), standalone.resolve("deployments").toString());
        Files.createDirectories(standalone.resolve("deployments"));
        // The configuration install.cli wrote, without the deployments Arquillian recorded in it (their content stays behind).
        Path config = standalone.resolve("configuration/standalone-full.xml");
        Files.writeString(config, Files.readString(config).replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""));
        run("rm", "-rf", standalone.resolve("configuration/standalone_xml_history").toString());
        Files.copy(Path.of(System.getProperty("newsroom.ear", "target/newsroom.ear")), standalone.resolve("deployments/newsroom.ear"));
        return home;
    }

    private Process startOn(Path home, int offset) throws IOException {
        Map<String, String> db = connection();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/standalone.sh").toString(), "-c", "standalone-full.xml",
                "-Djboss.socket.binding.port-offset=" + offset,
                "-Dnewsroom.db.url=jdbc:postgresql://" + db.get("PGHOST") + ":" + db.get("PGPORT") + "/" + SCRATCH,
                "-Dnewsroom.db.user=" + db.get("PGUSER"), "-Dnewsroom.db.password=" + jvmArg("newsroom.db.password", "trust"),
                "-Dnewsroom.db.driver=postgresql", "-Dnewsroom.demo=false",
                "-Dnewsroom.search.dir=" + home.resolve("search"))
                .redirectErrorStream(true).redirectOutput(home.resolve("server.out").toFile());
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true");
        return builder.start();
    }

    private static void awaitReady(int managementPort, Process server) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plusSeconds(300);
        while (true) {
            assertTrue(server.isAlive(), "the server on the restored database exited (target/restore-server/server.out)");
            assertTrue(Instant.now().isBefore(deadline), "the server on the restored database was not ready in 300 s");
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }

    private static void stop(Process server) throws InterruptedException {
        // standalone.sh passes TERM on to the JVM and waits for it (LAUNCH_JBOSS_IN_BACKGROUND)
        List<ProcessHandle> all = new ArrayList<>(server.descendants().toList());
        server.destroy();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
        for (ProcessHandle child : all) {
            if (child.isAlive()) {
                child.destroy();
                child.onExit().completeOnTimeout(child, 30, TimeUnit.SECONDS).join();
                if (child.isAlive()) {
                    child.destroyForcibly();
                }
            }
        }
    }

    private static String fetch(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("User-Agent", "Googlebot/2.1 (Newsroom backup test)").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }

    /** Absolute links name the host that was asked, plain or URL-encoded (the share links carry the page's address). */
    private static String normalized(String body, String base) {
        URI uri = URI.create(base);
        String normalized = body;
        for (String host : List.of(uri.getHost(), "localhost", "127.0.0.1")) {
            normalized = normalized.replace(host + ":" + uri.getPort(), "HOST").replace(host + "%3A" + uri.getPort(), "HOST");
        }
        return normalized;
    }

    private static String jvmArg(String name, String otherwise) {
        Matcher m = Pattern.compile("-D" + Pattern.quote(name) + "=(\\S+)").matcher(System.getProperty("server.jvm.args", ""));
        return m.find() ? m.group(1) : otherwise;
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
