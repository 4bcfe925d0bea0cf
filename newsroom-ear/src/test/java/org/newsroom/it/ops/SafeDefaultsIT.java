package org.newsroom.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;

/** A stock server configured by ops/install.sh keeps management private and secrets out of the log. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SafeDefaultsIT {

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void managementInterfaceListensOnLoopbackOnly() throws Exception {
        ModelNode operation = new ModelNode();
        operation.get("operation").set("read-attribute");
        operation.get("address").add("interface", "management");
        operation.get("name").set("resolved-address");
        ModelNode result = management.getControllerClient().execute(operation);
        assertEquals("success", result.get("outcome").asString(), result.toString());
        assertEquals("127.0.0.1", result.get("result").asString());
    }

    @Test
    void effectiveConfigurationIsLoggedWithoutSecrets() throws Exception {
        String log = Files.readString(Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"));
        assertTrue(log.contains("Newsroom effective configuration: NEWSROOM_DB_URL="), "no configuration line in server.log");
        assertTrue(log.contains("NEWSROOM_DB_PASSWORD=set"), "the database password is not reported as set");
        assertTrue(log.contains("Newsroom database in use: url=jdbc:"), "no line naming the database in use");
        String adminPassword = System.getenv("NEWSROOM_ADMIN_PASSWORD");
        assertTrue(adminPassword != null && !adminPassword.isBlank(), "the build sets NEWSROOM_ADMIN_PASSWORD for the tests");
        assertFalse(log.contains(adminPassword), "the admin password appears in server.log");
        String databasePassword = databasePasswordGivenToTheServer();
        assertFalse(log.contains(databasePassword), "the database password appears in server.log");
    }

    /**
     * Once the deployment serves, one line says where the site and the console are (the test server's port; no
     * NEWSROOM_PUBLIC_URL there). The tests' server was first started with NEWSROOM_ADMIN_PASSWORD set, so the
     * sign-in hint, if this log still holds the first start, names that variable and never a password.
     */
    @Test
    void theReadyLineSaysWhereTheSiteAndTheConsoleAre() throws Exception {
        String base = System.getProperty("newsroom.base.url");
        String expected = "Newsroom is ready: the reader site at " + base + "/ and the console at " + base + "/admin/.";
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (!Files.readString(log).contains(expected) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        String text = Files.readString(log);
        assertTrue(text.contains(expected), "no ready line like: " + expected);
        assertFalse(text.contains("with the password printed above"), "the tests' admin password came from the environment");
    }

    /** The build passes it to the server as -Dnewsroom.db.password=…; see newsroom-ear/pom.xml. */
    private static String databasePasswordGivenToTheServer() {
        for (String argument : System.getProperty("server.jvm.args", "").split("\\s+")) {
            if (argument.startsWith("-Dnewsroom.db.password=")) {
                return argument.substring("-Dnewsroom.db.password=".length());
            }
        }
        throw new AssertionError("no -Dnewsroom.db.password in server.jvm.args");
    }
}
