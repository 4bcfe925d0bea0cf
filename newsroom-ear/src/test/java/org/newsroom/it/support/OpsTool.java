package org.newsroom.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The IT staff's command-line tool, {@code ops/newsroom}, run for real (bash, the JDK, WildFly's
 * jboss-cli-client.jar) against the server under test: its home and management port, its own
 * local authentication (the tool runs as the server's operating-system user, like IT staff).
 * Works from outside the server (the build passes {@code jboss.home} and the management port)
 * and inside it (the server's own {@code jboss.home.dir} and port offset).
 */
public final class OpsTool {

    private static final long TIMEOUT_SECONDS = 45;

    private OpsTool() {
    }

    /** What one run printed and how it ended. */
    public record Run(int exitStatus, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitStatus + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** Runs {@code ops/newsroom ARGUMENTS} with nothing on standard input. */
    public static Run run(String... arguments) {
        return run(null, Map.of(), arguments);
    }

    /** Runs the tool with {@code stdin} (a line, or null for none) and extra environment variables. */
    public static Run run(String stdin, Map<String, String> environment, String... arguments) {
        return run(home(), managementPort(), TIMEOUT_SECONDS, stdin, environment, arguments);
    }

    /**
     * Runs the tool against another server on this machine (a {@link SecondServer}: its home and
     * management port), allowing it {@code timeoutSeconds} (an export or an import of the whole
     * test site takes longer than the other commands).
     */
    public static Run runOn(Path home, int managementPort, long timeoutSeconds, String... arguments) {
        return runOn(home, managementPort, timeoutSeconds, Map.of(), arguments);
    }

    /** The same with extra environment variables (e.g. {@code NEWSROOM_NEW_PASSWORD}). */
    public static Run runOn(Path home, int managementPort, long timeoutSeconds, Map<String, String> environment,
            String... arguments) {
        return run(home, managementPort, timeoutSeconds, null, environment, arguments);
    }

    private static Run run(Path home, int managementPort, long timeoutSeconds, String stdin, Map<String, String> environment,
            String... arguments) {
        List<String> command = new ArrayList<>(List.of(script().toString(), "--home", home.toString(),
                "--port", Integer.toString(managementPort)));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        // The audit names the operating-system user; a SUDO_USER inherited from the build would name another.
        builder.environment().remove("SUDO_USER");
        builder.environment().remove("NEWSROOM_NEW_PASSWORD");
        builder.environment().putAll(environment);
        try {
            File out = File.createTempFile("newsroom-ops", ".out");
            File err = File.createTempFile("newsroom-ops", ".err");
            try {
                Process process = builder.redirectOutput(out).redirectError(err).start();
                try (var in = process.getOutputStream()) {
                    if (stdin != null) {
                        in.write((stdin + "\n").getBytes(StandardCharsets.UTF_8));
                    }
                }
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("ops/newsroom " + String.join(" ", arguments) + " did not end within "
                            + timeoutSeconds + " s");
                }
                return new Run(process.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
            } finally {
                out.delete();
                err.delete();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The operating-system user the tool runs as, which the audit log names ({@code os:…}). */
    public static String operator() {
        return System.getProperty("user.name");
    }

    /** The WildFly the tests run: {@code jboss.home} outside the server, {@code jboss.home.dir} inside it. */
    public static Path home() {
        return Path.of(System.getProperty("jboss.home", System.getProperty("jboss.home.dir", ".")));
    }

    public static int managementPort() {
        String outside = System.getProperty("server.management.port");
        if (outside != null) {
            return Integer.parseInt(outside);
        }
        return 9990 + Integer.parseInt(System.getProperty("jboss.socket.binding.port-offset", "100"));
    }

    /** ops/newsroom of this checkout: the server the build prepared lives below it. */
    public static Path script() {
        for (Path dir = home().toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("ops").resolve("newsroom");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("no ops/newsroom above " + home());
    }
}
