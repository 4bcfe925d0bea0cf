import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.InstanceNotFoundException;
import javax.management.MBeanException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.RuntimeMBeanException;
import javax.management.RuntimeOperationsException;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The Java half of ops/newsroom: parses a command, calls the application's operations MBean
 * (org.newsroom:type=Operations) over WildFly's management interface and prints the answer.
 *
 * No password: the JMX connector of jboss-cli-client.jar signs in with JBOSS-LOCAL-USER, which
 * WildFly grants to a client that can read the token the server writes under its own
 * standalone/tmp/auth, i.e. the operating-system user that runs the server. Only strings cross
 * the wire, so this file needs nothing of the application; it is one file for the JDK's source
 * launcher. Passwords never come from the command line (ps shows it): NEWSROOM_NEW_PASSWORD or
 * one line on standard input (--password-stdin), else the server generates one.
 *
 * Exit status: 0 done (check: no FAIL line), 1 refused or failed (check: a FAIL line),
 * 2 wrong usage, 3 the server or the application cannot be reached.
 */
public final class OperationsClient {

    private static final String OBJECT_NAME = "org.newsroom:type=Operations";
    private static final String PASSWORD_VARIABLE = "NEWSROOM_NEW_PASSWORD";
    static final int DONE = 0, REFUSED = 1, USAGE = 2, UNREACHABLE = 3;

    private static final String HELP = """
            usage: ops/newsroom [--home WILDFLY_HOME] [--port MANAGEMENT_PORT] COMMAND [ARGUMENTS]

              create-user NAME --roles ROLE[,ROLE…] [--name "DISPLAY NAME"] [--password-stdin]
                                   open a console account (roles: WRITER, EDITOR, CHIEF_EDITOR, ADMIN)
              reset-password NAME [--password-stdin]
                                   give NAME a new password and let a held-back name sign in again
              disable-user NAME    NAME can no longer sign in (nor use its API tokens)
              drop-page-cache      every node drops every cached reader page
              reindex              rebuild this node's search index from the database
              export DIR           write the content (stories, revisions, taxonomy, pictures, site texts) to
                                   DIR, an absolute path on the server, new or empty
              import DIR           read an export into this installation, which must be empty; then
                                   rebuild the search index and drop every node's page cache
              config               every setting, its value (secrets as set/not set) and where it came from
                                   (server stopped: as the deployed EAR would resolve them from the server's
                                   configuration file and this shell's environment)
              check                database, JMS, data directory, public URL, search index; exit 1 on FAIL
                                   (server stopped: its configuration, the database and settings this
                                   shell's environment names)

            A password is generated and printed once, unless NEWSROOM_NEW_PASSWORD is set or
            --password-stdin reads it from standard input (never from the command line).
            Run as the operating-system user that runs WildFly: local authentication, no password.
            """;

    private OperationsClient() {
    }

    public static void main(String[] args) {
        // The remoting libraries log their versions at INFO on first use: not for a person at a terminal.
        Logger.getLogger("").setLevel(Level.WARNING);
        Arrays.stream(Logger.getLogger("").getHandlers()).forEach(h -> h.setLevel(Level.WARNING));
        System.exit(run(new ArrayList<>(Arrays.asList(args))));
    }

    private static int run(List<String> args) {
        if (args.isEmpty() || List.of("help", "--help", "-h").contains(args.get(0))) {
            System.out.print(HELP);
            return args.isEmpty() ? USAGE : DONE;
        }
        String command = args.remove(0);
        Call call;
        try {
            call = parse(command, args);
        } catch (IllegalArgumentException e) {
            System.err.println("newsroom: " + e.getMessage() + " (ops/newsroom help)");
            return USAGE;
        }
        String host = System.getProperty("newsroom.ops.host", "127.0.0.1");
        String port = System.getProperty("newsroom.ops.port", "9990");
        try {
            String answer = invoke(host, port, call);
            System.out.println(answer);
            if (command.equals("check") && answer.lines().anyMatch(l -> l.startsWith("FAIL"))) {
                return REFUSED;
            }
            return DONE;
        } catch (Refused e) {
            System.err.println("newsroom: " + command + ": " + e.getMessage());
            return REFUSED;
        } catch (Unreachable e) {
            if (command.equals("check")) {
                List<String> lines = e.serverStopped() ? StoppedServerCheck.run(e.getMessage())
                        : List.of(line("FAIL", "server", e.getMessage()),
                                "verdict: FAIL (Newsroom on this server cannot be reached; the other checks need it)");
                lines.forEach(System.out::println);
                return lines.stream().anyMatch(l -> l.startsWith("FAIL")) ? REFUSED : DONE;
            }
            if (command.equals("config") && e.serverStopped()) {
                return StoppedServerConfig.run(e.getMessage());
            }
            System.err.println("newsroom: " + e.getMessage());
            return UNREACHABLE;
        }
    }

    /** One MBean operation and its string arguments. */
    record Call(String operation, List<String> arguments) {
    }

    private static Call parse(String command, List<String> args) {
        String operator = System.getProperty("newsroom.ops.operator", System.getProperty("user.name"));
        switch (command) {
            case "create-user": {
                String roles = option(args, "--roles");
                String name = option(args, "--name");
                boolean stdin = flag(args, "--password-stdin");
                String user = onlyArgument(args, "NAME");
                if (roles == null) {
                    throw new IllegalArgumentException("create-user needs --roles, e.g. --roles WRITER,EDITOR");
                }
                return new Call("createUser", list(operator, user, name == null ? "" : name, roles, password(stdin)));
            }
            case "reset-password": {
                boolean stdin = flag(args, "--password-stdin");
                String user = onlyArgument(args, "NAME");
                return new Call("resetPassword", list(operator, user, password(stdin)));
            }
            case "disable-user":
                return new Call("disableUser", list(operator, onlyArgument(args, "NAME")));
            case "drop-page-cache":
                noArguments(args);
                return new Call("dropPageCache", list(operator));
            case "reindex":
                noArguments(args);
                return new Call("reindex", list(operator));
            case "export":
                return new Call("exportContent", list(operator, onlyDirectory(args)));
            case "import":
                return new Call("importContent", list(operator, onlyDirectory(args)));
            case "config":
                noArguments(args);
                return new Call("configuration", List.of());
            case "check":
                noArguments(args);
                return new Call("check", List.of());
            default:
                throw new IllegalArgumentException("unknown command " + command);
        }
    }

    private static String invoke(String host, String port, Call call) throws Refused, Unreachable {
        JMXServiceURL url;
        try {
            url = new JMXServiceURL("service:jmx:remote+http://" + host + ":" + port);
        } catch (IOException e) {
            throw new Unreachable("not a management address: " + host + ":" + port);
        }
        JMXConnector connector;
        try {
            connector = JMXConnectorFactory.connect(url, Map.of());
        } catch (IOException | SecurityException e) {
            String why = why(e, host, port);
            throw new Unreachable(why, !why.contains("refused local authentication"));
        }
        try (connector) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            String[] signature = new String[call.arguments().size()];
            Arrays.fill(signature, String.class.getName());
            Object answer = server.invoke(new ObjectName(OBJECT_NAME), call.operation(),
                    call.arguments().toArray(), signature);
            return String.valueOf(answer);
        } catch (InstanceNotFoundException e) {
            throw new Unreachable("WildFly answers at " + host + ":" + port
                    + " but Newsroom is not deployed there (no " + OBJECT_NAME + ")");
        } catch (RuntimeMBeanException | RuntimeOperationsException | MBeanException e) {
            throw new Refused(innermostMessage(e));
        } catch (IOException e) {
            throw new Unreachable("the connection to " + host + ":" + port + " broke: " + e.getMessage());
        } catch (javax.management.JMException e) {
            throw new Refused(innermostMessage(e));
        }
    }

    /** The sentence the server put into the exception it threw, under the JMX wrappers. */
    private static String innermostMessage(Throwable e) {
        Throwable inner = e;
        while (inner.getCause() != null && inner.getCause() != inner) {
            inner = inner.getCause();
        }
        return inner.getMessage() == null ? inner.getClass().getSimpleName() : inner.getMessage();
    }

    private static String why(Exception e, String host, String port) {
        String all = e.toString() + " " + innermostMessage(e);
        if (all.contains("Authentication failed") || all.contains("authentication") || e instanceof SecurityException) {
            return "the management interface at " + host + ":" + port + " refused local authentication: run ops/newsroom"
                    + " as the operating-system user that runs WildFly (e.g. sudo -u wildfly ops/newsroom …)";
        }
        return "no WildFly management interface answers at " + host + ":" + port
                + " (is the server running? --port names another one)";
    }

    private static String password(boolean fromStdin) {
        if (fromStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) {
                    throw new IllegalArgumentException("--password-stdin read no password");
                }
                return line;
            } catch (IOException e) {
                throw new IllegalArgumentException("--password-stdin could not read standard input");
            }
        }
        String given = System.getenv(PASSWORD_VARIABLE);
        return given == null ? "" : given;
    }

    private static String option(List<String> args, String name) {
        int at = args.indexOf(name);
        if (at < 0) {
            return null;
        }
        if (at + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        String value = args.remove(at + 1);
        args.remove(at);
        return value;
    }

    private static boolean flag(List<String> args, String name) {
        return args.remove(name);
    }

    private static String onlyArgument(List<String> args, String what) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("give the user's " + what);
        }
        if (args.size() > 1 || args.get(0).startsWith("--")) {
            if (args.stream().anyMatch(a -> a.startsWith("--password"))) {
                throw new IllegalArgumentException("a password is never taken from the command line (ps shows it): use "
                        + PASSWORD_VARIABLE + " or --password-stdin");
            }
            throw new IllegalArgumentException("unexpected " + String.join(" ", args));
        }
        return args.get(0);
    }

    private static String onlyDirectory(List<String> args) {
        if (args.size() != 1 || args.get(0).startsWith("--")) {
            throw new IllegalArgumentException(args.isEmpty() ? "give the directory (an absolute path on the server)"
                    : "unexpected " + String.join(" ", args));
        }
        return args.get(0);
    }

    private static void noArguments(List<String> args) {
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("unexpected " + String.join(" ", args));
        }
    }

    private static List<String> list(String... values) {
        return Arrays.asList(values);
    }

    /** The server said no, with a sentence. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** No server, no application, or no way in. */
    static final class Unreachable extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean serverStopped;

        Unreachable(String message) {
            this(message, false);
        }

        Unreachable(String message, boolean serverStopped) {
            super(message, null, false, false);
            this.serverStopped = serverStopped;
        }

        /** Nothing listens on the management port: the server is stopped (or elsewhere). */
        boolean serverStopped() {
            return serverStopped;
        }
    }

    static String line(String status, String subject, String detail) {
        return String.format("%-4s  %-15s  %s", status, subject, detail);
    }

    /**
     * {@code check} before a start: what can be checked without the server, from its files and
     * from this shell's environment (which should be the service's: source its environment file
     * first). The configuration ops/install.sh writes, the database the environment names
     * (with the JDBC driver the server would use) and the settings a start needs.
     */
    static final class StoppedServerCheck {

        private static final List<String> DESTINATIONS = List.of("java:/jms/newsroom/content", "java:/jms/newsroom/breaking",
                "java:/jms/newsroom/breaking-inbox", "java:/jms/newsroom/breaking-dead");

        static List<String> run(String why) {
            Path home = Path.of(System.getProperty("newsroom.ops.home", "."));
            List<String> lines = new ArrayList<>();
            lines.add(line("WARN", "server", why.replaceFirst(" \\(is the server running\\?.*", "")
                    + ": checking its files and this shell's environment instead"));
            String configName = env("NEWSROOM_SERVER_CONFIG", "standalone-full.xml");
            Path config = home.resolve("standalone/configuration").resolve(configName);
            String xml = "";
            try {
                xml = Files.readString(config);
            } catch (IOException e) {
                lines.add(line("FAIL", "configuration", config + " cannot be read"));
            }
            if (!xml.isEmpty()) {
                lines.add(xml.contains("java:jboss/datasources/NewsroomDS")
                        ? line("OK", "configuration", configName + " has the NewsroomDS datasource")
                        : line("FAIL", "configuration", configName + " has no NewsroomDS datasource: run ops/install.sh"));
                for (String destination : DESTINATIONS) {
                    boolean declared = java.util.regex.Pattern.compile("entries=\"(?:[^\"]*\\s)?"
                            + java.util.regex.Pattern.quote(destination) + "(?:\\s[^\"]*)?\"").matcher(xml).find();
                    lines.add(declared
                            ? line("OK", "jms destination", destination + " (in " + configName + ")")
                            : line("FAIL", "jms destination", destination + " is missing: run ops/install.sh"));
                }
            }
            lines.add(database(home));
            String publicUrl = System.getenv("NEWSROOM_PUBLIC_URL");
            lines.add(publicUrl == null || publicUrl.isBlank()
                    ? line("WARN", "public url", "NEWSROOM_PUBLIC_URL is not set in this environment; set it in production")
                    : line("OK", "public url", publicUrl.strip()));
            long failed = lines.stream().filter(l -> l.startsWith("FAIL")).count();
            long warned = lines.stream().filter(l -> l.startsWith("WARN")).count();
            String counts = " (" + (lines.size() - failed - warned) + " OK, " + warned + " WARN, " + failed + " FAIL)";
            lines.add((failed > 0 ? "verdict: FAIL" + counts + ": fix the FAIL lines before starting the server"
                    : "verdict: OK" + counts + " for a stopped server; run check again once it runs"));
            return lines;
        }

        /** Connects with the driver module the server's datasource would use, with the environment's settings. */
        private static String database(Path home) {
            String url = System.getenv("NEWSROOM_DB_URL");
            if (url == null || url.isBlank()) {
                return line("WARN", "database", "NEWSROOM_DB_URL is not set: the server uses the embedded H2 file under"
                        + " newsroom.data.dir (not opened while the server is stopped)");
            }
            String password = System.getenv("NEWSROOM_DB_PASSWORD");
            if (password == null || password.isBlank()) {
                return line("FAIL", "database", "NEWSROOM_DB_PASSWORD is not set: the datasource needs it");
            }
            boolean postgresql = url.startsWith("jdbc:postgresql:");
            Path module = home.resolve(postgresql ? "modules/org/postgresql/main"
                    : "modules/system/layers/base/com/h2database/h2/main");
            String driverClass = postgresql ? "org.postgresql.Driver" : "org.h2.Driver";
            try (var jars = Files.list(module)) {
                URL[] urls = jars.filter(j -> j.toString().endsWith(".jar")).map(OperationsClient::toUrl).toArray(URL[]::new);
                Driver driver = (Driver) new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())
                        .loadClass(driverClass).getDeclaredConstructor().newInstance();
                Properties properties = new Properties();
                properties.setProperty("user", env("NEWSROOM_DB_USER", "sa"));
                properties.setProperty("password", password);
                properties.setProperty("loginTimeout", "5");
                properties.setProperty("connectTimeout", "5");
                try (Connection connection = driver.connect(url, properties)) {
                    if (connection == null) {
                        return line("FAIL", "database", "NEWSROOM_DB_URL is not a URL for " + driverClass);
                    }
                    DatabaseMetaData meta = connection.getMetaData();
                    return line("OK", "database", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()
                            + " answers, as user " + meta.getUserName());
                }
            } catch (SQLException e) {
                String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
                return line("FAIL", "database", "does not answer (SQL state " + e.getSQLState() + "): " + message);
            } catch (IOException | ReflectiveOperationException | RuntimeException e) {
                return line("FAIL", "database", "no JDBC driver in " + module + ": run ops/install.sh with the driver jar");
            }
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    /**
     * {@code config} before a start: every setting the deployed EAR declares, as it would resolve from
     * the system properties in the server's configuration file and this shell's environment (which
     * should be the service's). The declaration and the rules that show a value (secrets as set/not
     * set, passwords in URLs as ***) are the application's own: loaded from newsroom-ejb.jar in the
     * deployed EAR, so this file repeats none of them. Only JDK types cross.
     */
    static final class StoppedServerConfig {

        private static final String EAR = "newsroom.ear";
        private static final String EJB_MODULE = "newsroom-ejb.jar";
        private static final String REPORT = "org.newsroom.editorial.configuration.EffectiveConfiguration";
        private static final java.util.regex.Pattern SYSTEM_PROPERTIES =
                java.util.regex.Pattern.compile("(?s)<system-properties>(.*?)</system-properties>");
        private static final java.util.regex.Pattern PROPERTY =
                java.util.regex.Pattern.compile("<property\\s+name=\"([^\"]*)\"\\s+value=\"([^\"]*)\"");
        private static final java.util.regex.Pattern MANAGED_DEPLOYMENT = java.util.regex.Pattern.compile(
                "(?s)<deployment\\s[^>]*runtime-name=\"" + java.util.regex.Pattern.quote(EAR) + "\"[^>]*>\\s*<content\\s+sha1=\"([0-9a-f]{40})\"");

        static int run(String why) {
            Path home = Path.of(System.getProperty("newsroom.ops.home", "."));
            String configName = StoppedServerCheck.env("NEWSROOM_SERVER_CONFIG", "standalone-full.xml");
            Path config = home.resolve("standalone/configuration").resolve(configName);
            String reason = why.replaceFirst(" \\(is the server running\\?.*", "");
            String xml;
            try {
                xml = Files.readString(config);
            } catch (IOException e) {
                System.err.println("newsroom: " + reason + ", and " + config + " cannot be read");
                return UNREACHABLE;
            }
            Path ear = deployedEar(home, xml);
            if (ear == null) {
                System.err.println("newsroom: " + reason + ", and no " + EAR + " is deployed in " + home
                        + " (standalone/deployments, or a deployment in " + configName + "): config of a stopped"
                        + " server prints the settings that EAR declares");
                return UNREACHABLE;
            }
            try {
                List<?> lines = table(ear, systemProperties(xml), configName);
                System.out.println("server stopped (" + reason + "): each setting as the server would resolve it from the"
                        + " system properties in " + configName + " and this shell's environment");
                lines.forEach(System.out::println);
                return DONE;
            } catch (IOException | ReflectiveOperationException | RuntimeException e) {
                System.err.println("newsroom: " + reason + ", and the settings could not be read from " + ear + ": "
                        + e.getClass().getSimpleName());
                return UNREACHABLE;
            }
        }

        /** The EAR the server deploys at its next start: the deployment scanner's, else the managed one in the content repository. */
        static Path deployedEar(Path home, String xml) {
            Path scanned = home.resolve("standalone/deployments").resolve(EAR);
            if (Files.exists(scanned)) {
                return scanned;
            }
            java.util.regex.Matcher managed = MANAGED_DEPLOYMENT.matcher(xml);
            if (managed.find()) {
                String sha1 = managed.group(1);
                Path content = home.resolve("standalone/data/content").resolve(sha1.substring(0, 2))
                        .resolve(sha1.substring(2)).resolve("content");
                if (Files.isRegularFile(content)) {
                    return content;
                }
            }
            return null;
        }

        /** The {@code <system-properties>} of the configuration file: what the server sets before anything reads a setting. */
        static Map<String, String> systemProperties(String xml) {
            Map<String, String> properties = new java.util.LinkedHashMap<>();
            java.util.regex.Matcher block = SYSTEM_PROPERTIES.matcher(xml);
            while (block.find()) {
                java.util.regex.Matcher property = PROPERTY.matcher(block.group(1));
                while (property.find()) {
                    properties.put(unescape(property.group(1)), unescape(property.group(2)));
                }
            }
            return properties;
        }

        private static String unescape(String value) {
            return value.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
                    .replace("&amp;", "&");
        }

        /** Calls the application's own report, loaded from the EAR's EJB module, with JDK types only. */
        private static List<?> table(Path ear, Map<String, String> systemProperties, String configName)
                throws IOException, ReflectiveOperationException {
            ClassLoader module;
            Path exploded = ear.resolve(EJB_MODULE);
            if (Files.isDirectory(ear) && Files.isDirectory(exploded)) {
                module = new URLClassLoader(new URL[] {toUrl(exploded)}, ClassLoader.getPlatformClassLoader());
            } else if (Files.isDirectory(ear)) {
                module = new JarInMemory(Files.readAllBytes(exploded));
            } else {
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(ear.toFile())) {
                    java.util.zip.ZipEntry entry = zip.getEntry(EJB_MODULE);
                    if (entry == null) {
                        throw new IOException("no " + EJB_MODULE);
                    }
                    try (var in = zip.getInputStream(entry)) {
                        module = new JarInMemory(in.readAllBytes());
                    }
                }
            }
            return (List<?>) module.loadClass(REPORT).getMethod("stoppedServerTable", Map.class, String.class, Map.class)
                    .invoke(null, systemProperties, configName, System.getenv());
        }
    }

    /** The classes of a jar held in memory (a module inside the EAR), defined on demand over the JDK's own. */
    static final class JarInMemory extends ClassLoader {
        private final Map<String, byte[]> classes = new java.util.HashMap<>();

        JarInMemory(byte[] jar) throws IOException {
            super(ClassLoader.getPlatformClassLoader());
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(jar))) {
                for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    if (entry.getName().endsWith(".class")) {
                        classes.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }

    private static URL toUrl(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
