package org.newsroom.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second WildFly beside the server under test, for tests that move a site (a restored backup,
 * an imported export) and compare what readers get: the build's server copied without its state
 * and its test deployments, the same EAR, demo content off, its own search index, ports the
 * server under test's offset + 50, and a database of its own — a scratch PostgreSQL database on
 * the PostgreSQL leg, a fresh H2 file in its own directory otherwise. Stopped by {@link #close}.
 */
public final class SecondServer implements AutoCloseable {

    private static final Pattern POSTGRESQL_URL = Pattern.compile("jdbc:postgresql://([^:/\\s]+)(?::(\\d+))?/([^?;\\s]+)");

    private final Path home;
    private final int offset;
    private final String scratchDatabase;
    private final List<String> arguments = new ArrayList<>();
    private Process process;

    private SecondServer(Path home, int offset, String scratchDatabase) {
        this.home = home;
        this.offset = offset;
        this.scratchDatabase = scratchDatabase;
    }

    /** A copy of the build's server named {@code name} (under target/), not yet started. */
    public static SecondServer copyNamed(String name) throws IOException, InterruptedException {
        Path built = Path.of(System.getProperty("jboss.home", "target/wildfly-39.0.1.Final")).toAbsolutePath();
        Path home = built.resolveSibling(name);
        run(Map.of(), "rm", "-rf", home.toString());
        run(Map.of(), "cp", "-a", built.toString(), home.toString());
        Path standalone = home.resolve("standalone");
        run(Map.of(), "rm", "-rf", standalone.resolve("data").toString(), standalone.resolve("tmp").toString(),
                standalone.resolve("log").toString(), standalone.resolve("deployments").toString());
        Files.createDirectories(standalone.resolve("deployments"));
        // The configuration install.cli wrote, without the deployments Arquillian recorded in it (their content stays behind).
        Path config = standalone.resolve("configuration/standalone-full.xml");
        Files.writeString(config, Files.readString(config).replaceAll("(?s)\\s*<deployments>.*?</deployments>", ""));
        run(Map.of(), "rm", "-rf", standalone.resolve("configuration/standalone_xml_history").toString());
        Files.copy(Path.of(System.getProperty("newsroom.ear", "target/newsroom.ear")), standalone.resolve("deployments/newsroom.ear"));
        int offset = Integer.parseInt(jvmArg("jboss.socket.binding.port-offset", "100")) + 50;
        return new SecondServer(home, offset, null);
    }

    /**
     * A copy of the build's server on an empty database of its own: the scratch PostgreSQL
     * database {@code scratch} (dropped and made again) when the server under test runs on
     * PostgreSQL, else an H2 file inside the copy.
     */
    public static SecondServer onEmptyDatabase(String name, String scratch) throws IOException, InterruptedException {
        SecondServer server = copyNamed(name);
        if (!onPostgreSql()) {
            return server;
        }
        postgreSqlTool("dropdb", "--if-exists", scratch);
        postgreSqlTool("createdb", scratch);
        return new SecondServer(server.home, server.offset, scratch);
    }

    /** More {@code -D} settings for its start, such as another search backend. */
    public SecondServer withArguments(String... more) {
        arguments.addAll(List.of(more));
        return this;
    }

    /** Starts it on the database {@link #onEmptyDatabase} made, and waits until it is ready. */
    public SecondServer start() throws Exception {
        if (scratchDatabase != null) {
            return start(scratchDatabase);
        }
        return start(List.of("-Dnewsroom.db.url=jdbc:h2:file:" + home.resolve("h2/newsroom")
                        + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH", "-Dnewsroom.db.user=sa",
                "-Dnewsroom.db.password=second-server-only", "-Dnewsroom.db.driver=h2"));
    }

    /** Starts it on the PostgreSQL database {@code database} of the server under test's PostgreSQL. */
    public SecondServer start(String database) throws Exception {
        Map<String, String> db = postgreSqlConnection();
        return start(List.of("-Dnewsroom.db.url=jdbc:postgresql://" + db.get("PGHOST") + ":" + db.get("PGPORT") + "/" + database,
                "-Dnewsroom.db.user=" + db.get("PGUSER"), "-Dnewsroom.db.password=" + jvmArg("newsroom.db.password", "trust"),
                "-Dnewsroom.db.driver=postgresql"));
    }

    private SecondServer start(List<String> database) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(), "-c", "standalone-full.xml",
                "-Djboss.socket.binding.port-offset=" + offset));
        command.addAll(database);
        command.addAll(List.of("-Dnewsroom.demo=false", "-Dnewsroom.search.dir=" + home.resolve("search")));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(home.resolve("server.out").toFile());
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        builder.environment().put("JAVA_OPTS", "-Xms256m -Xmx1g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true");
        process = builder.start();
        awaitReady();
        return this;
    }

    public Path home() {
        return home;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + (8080 + offset);
    }

    public int managementPort() {
        return 9990 + offset;
    }

    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plusSeconds(300);
        while (true) {
            assertTrue(process.isAlive(), "the second server exited (" + home.resolve("server.out") + ")");
            assertTrue(Instant.now().isBefore(deadline), "the second server was not ready in 300 s");
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort() + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }

    /** Stops the server (standalone.sh passes TERM on to the JVM and waits for it) and drops its scratch database. */
    @Override
    public void close() throws Exception {
        if (process != null) {
            List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
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
        if (scratchDatabase != null) {
            postgreSqlTool("dropdb", "--if-exists", scratchDatabase);
        }
    }

    /** Whether the server under test runs on PostgreSQL (the build's PostgreSQL leg). */
    public static boolean onPostgreSql() {
        return POSTGRESQL_URL.matcher(System.getProperty("server.jvm.args", "")).find();
    }

    /** The name of the database the server under test uses, from -Dnewsroom.db.url in the build's JVM arguments. */
    public static String serverDatabase() {
        Matcher url = POSTGRESQL_URL.matcher(System.getProperty("server.jvm.args", ""));
        assertTrue(url.find(), "the server does not run on PostgreSQL: " + System.getProperty("server.jvm.args"));
        return url.group(3);
    }

    /** PGHOST, PGPORT and PGUSER of the server under test's database. */
    public static Map<String, String> postgreSqlConnection() {
        String args = System.getProperty("server.jvm.args", "");
        Matcher url = POSTGRESQL_URL.matcher(args);
        assertTrue(url.find(), "the server does not run on PostgreSQL: " + args);
        Matcher user = Pattern.compile("-Dnewsroom\\.db\\.user=(\\S+)").matcher(args);
        return Map.of("PGHOST", url.group(1), "PGPORT", url.group(2) == null ? "5432" : url.group(2),
                "PGUSER", user.find() ? user.group(1) : "postgres");
    }

    /** Runs a PostgreSQL client tool against the server under test's PostgreSQL; fails the test with its output if it fails. */
    public static String postgreSqlTool(String... command) throws IOException, InterruptedException {
        return run(postgreSqlConnection(), command);
    }

    /** A -D argument the build starts the server under test with. */
    public static String jvmArg(String name, String otherwise) {
        Matcher m = Pattern.compile("-D" + Pattern.quote(name) + "=(\\S+)").matcher(System.getProperty("server.jvm.args", ""));
        return m.find() ? m.group(1) : otherwise;
    }

    private static String run(Map<String, String> environment, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        assertEquals(0, exit, String.join(" ", command) + " failed: " + output);
        return output;
    }
}
