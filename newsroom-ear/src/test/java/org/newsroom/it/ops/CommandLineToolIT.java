package org.newsroom.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.mapper.orm.Search;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.editorial.configuration.Setting;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.OpsTool;
import org.newsroom.it.support.OpsTool.Run;
import org.newsroom.it.support.ReaderSite;
import org.newsroom.it.support.StaffApi;

/**
 * {@code ops/newsroom}, the real script, run as IT staff run it on a server: as the server's
 * operating-system user, through the management interface with local authentication and no
 * password. It runs from inside the server under test (so the test can look at the database
 * and the search index behind the application's back); each command is then checked through
 * the boundary that matters: the staff API's sign-in, the reader site's cache, the index.
 */
@ExtendWith(ArquillianExtension.class)
class CommandLineToolIT {

    private static final Pattern PRINTED_PASSWORD = Pattern.compile("(?m)^password: (\\S+)$");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CommandLineToolIT.class, OpsTool.class, OpsTool.Run.class);
    }

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    private final ReaderSite site = new ReaderSite();

    @Test
    void createdUserSignsInWithItsRolesUsingThePasswordPrintedOnce() {
        String name = "ops-made-" + StaffApi.SUFFIX;
        Run run = OpsTool.run("create-user", name, "--roles", "WRITER,EDITOR", "--name", "Made By The Tool");
        assertEquals(0, run.exitStatus(), run.toString());
        assertTrue(run.out().contains("created user " + name + " with roles WRITER,EDITOR"), run.toString());
        StaffApi user = StaffApi.as(name, printedPassword(run));
        assertEquals(200, user.get("/articles/review-queue").statusCode(), "an EDITOR sees the review queue");
        assertEquals(403, user.get("/users").statusCode(), "but is no ADMIN");
        assertAudited(AuditAction.USER_CREATED, name);
    }

    @Test
    void passwordComesFromTheEnvironmentOrStdinButNeverFromTheCommandLine() {
        String name = "ops-env-" + StaffApi.SUFFIX;
        String chosen = "Chosen-in-env-" + StaffApi.SUFFIX + "-7";
        Run run = OpsTool.run(null, Map.of("NEWSROOM_NEW_PASSWORD", chosen), "create-user", name, "--roles", "WRITER");
        assertEquals(0, run.exitStatus(), run.toString());
        assertFalse(run.out().contains("password:"), "a chosen password is not printed: " + run);
        assertEquals(200, StaffApi.as(name, chosen).get("/articles/sections?edition=en").statusCode());

        Run refused = OpsTool.run("create-user", "ops-argv-" + StaffApi.SUFFIX, "--roles", "WRITER", "--password", chosen);
        assertEquals(2, refused.exitStatus(), refused.toString());
        assertTrue(refused.err().contains("never taken from the command line"), refused.toString());
    }

    @Test
    void resetPasswordFromStdinSignsInAndTheOldOneNoLonger() {
        String name = StaffApi.createAccount("ops-reset", "WRITER");
        String chosen = "Reset-on-stdin-" + StaffApi.SUFFIX + "-3";
        Run run = OpsTool.run(chosen, Map.of(), "reset-password", name, "--password-stdin");
        assertEquals(0, run.exitStatus(), run.toString());
        assertFalse(run.out().contains(chosen), run.toString());
        assertEquals(200, StaffApi.as(name, chosen).get("/articles/sections?edition=en").statusCode());
        assertEquals(401, StaffApi.as(name).get("/articles/sections?edition=en").statusCode(), "the old password");
        assertAudited(AuditAction.PASSWORD_RESET, name);
    }

    /**
     * The way back in for a locked-out administrator: the name is held back after wrong
     * passwords (for 8 s by the third round), and right after the reset the new password works.
     */
    @Test
    void resetPasswordLetsAHeldBackAdministratorInAtOnce() throws Exception {
        String name = StaffApi.createAccount("ops-admin", "ADMIN");
        StaffApi guesser = StaffApi.as(name, "Wrong-password-0000");
        for (int i = 0; i < 5; i++) {
            guesser.get("/users");
        }
        Thread.sleep(2_300);
        guesser.get("/users");      // the one try after the backoff fails: held back for 4 s
        Thread.sleep(4_300);
        guesser.get("/users");      // and again: 8 s
        assertEquals(401, StaffApi.as(name).get("/users").statusCode(), "held back: even the right password is refused");

        Run run = OpsTool.run("reset-password", name);
        assertEquals(0, run.exitStatus(), run.toString());
        assertEquals(200, StaffApi.as(name, printedPassword(run)).get("/users").statusCode(), run.toString());
    }

    @Test
    void disabledUserCannotSignIn() {
        String name = StaffApi.createAccount("ops-disabled", "WRITER");
        assertEquals(200, StaffApi.as(name).get("/articles/sections?edition=en").statusCode());
        Run run = OpsTool.run("disable-user", name);
        assertEquals(0, run.exitStatus(), run.toString());
        assertEquals("disabled user " + name, run.out().strip());
        assertEquals(401, StaffApi.as(name).get("/articles/sections?edition=en").statusCode());
        assertAudited(AuditAction.USER_DISABLED, name);
    }

    @Test
    void refusalIsOneSentenceAndExitStatusOne() {
        Run run = OpsTool.run("disable-user", "nobody-" + StaffApi.SUFFIX);
        assertEquals(1, run.exitStatus(), run.toString());
        assertEquals("newsroom: disable-user: There is no user nobody-" + StaffApi.SUFFIX, run.err().strip());
        Run unknownRole = OpsTool.run("create-user", "ops-role-" + StaffApi.SUFFIX, "--roles", "JANITOR");
        assertEquals(1, unknownRole.exitStatus(), unknownRole.toString());
        assertTrue(unknownRole.err().contains("There is no role JANITOR"), unknownRole.toString());
        assertFalse(unknownRole.err().contains("Exception"), unknownRole.toString());
    }

    @Test
    void dropPageCacheMakesACachedPageAMiss() throws Exception {
        String path = "/es/?ops=" + StaffApi.SUFFIX;
        site.get(path);
        assertEquals("HIT", cacheOf(site.get(path)), "the page is cached before");
        Run run = OpsTool.run("drop-page-cache");
        assertEquals(0, run.exitStatus(), run.toString());
        String answer = "";
        for (long end = System.currentTimeMillis() + 10_000; System.currentTimeMillis() < end && !"MISS".equals(answer); ) {
            answer = cacheOf(site.get(path));
            if (!"MISS".equals(answer)) {
                Thread.sleep(200);
            }
        }
        assertEquals("MISS", answer, "the message on the content topic dropped the page");
        assertAudited(AuditAction.PAGE_CACHE_DROPPED, "every node");
    }

    /** The index loses a story behind the application's back; only a rebuild from the database brings it back. */
    @Test
    void reindexFindsAStoryTheIndexLost() throws Exception {
        long id = em.createQuery("select max(a.id) from Article a", Long.class).getSingleResult();
        tx.begin();
        Search.session(em).indexingPlan().purge(Article.class, id, null);
        tx.commit();
        assertEquals(0, indexed(id), "purged from the index");

        Run run = OpsTool.run("reindex");
        assertEquals(0, run.exitStatus(), run.toString());
        assertTrue(run.out().matches("(?s)search index rebuilt on .*: \\d+ stories\\s*"), run.toString());
        assertEquals(1, indexed(id), "the rebuild found it in the database");
        assertAudited(AuditAction.SEARCH_REINDEXED, "stories on");
    }

    @Test
    void checkPrintsOkLinesAndExitsZeroOnTheTestServer() {
        Run run = OpsTool.run("check");
        assertEquals(0, run.exitStatus(), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("OK +database +.* answers.*")), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("OK +jms destination +java:/jms/newsroom/content")), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("OK +data directory +.*writab.*")), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("WARN +public url +NEWSROOM_PUBLIC_URL is not set.*")), run.toString());
        assertTrue(run.out().contains("verdict: OK"), run.toString());
    }

    @Test
    void checkFailsAndExitsNonZeroWhenTheDataDirectoryIsMissing() {
        String before = System.getProperty("newsroom.data.dir");
        System.setProperty("newsroom.data.dir", "/nonexistent/newsroom-" + StaffApi.SUFFIX);
        try {
            Run run = OpsTool.run("check");
            assertEquals(1, run.exitStatus(), run.toString());
            assertTrue(run.out().lines().anyMatch(l -> l.matches("FAIL +data directory +/nonexistent/.* does not exist and cannot be made.*")),
                    run.toString());
            assertTrue(run.out().contains("verdict: FAIL"), run.toString());
        } finally {
            if (before == null) {
                System.clearProperty("newsroom.data.dir");
            } else {
                System.setProperty("newsroom.data.dir", before);
            }
        }
    }

    @Test
    void configShowsEachSettingWithItsOriginAndNoSecret() {
        Run run = OpsTool.run("config");
        assertEquals(0, run.exitStatus(), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("NEWSROOM_DEMO_ARTICLES +240 +\\(system property newsroom.demo.articles\\)")),
                run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("NEWSROOM_DB_PASSWORD +set +\\(system property newsroom.db.password\\)")),
                run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("NEWSROOM_DB_POOL_MAX +40 +\\(default\\)")), run.toString());
        assertEquals(Setting.values().length, run.out().lines().count(), "one line per declared setting: " + run);
        assertFalse(run.out().contains(System.getProperty("newsroom.db.password")), "the database password is shown");
        assertFalse(run.out().contains(StaffApi.adminPassword()), "the admin password is shown");
    }

    /**
     * Before a start, nothing answers on the management port ({@code --port 1} here): {@code check}
     * reads the server's configuration file and reaches the database this shell's environment
     * names, with the driver module the server would use. Any other command needs the server: 3.
     */
    @Test
    void stoppedServerCheckReadsTheConfigurationAndTheDatabaseOfTheEnvironment() {
        Run run = OpsTool.run(null, Map.of("NEWSROOM_DB_URL", "jdbc:h2:mem:offline-check", "NEWSROOM_DB_USER", "sa",
                "NEWSROOM_DB_PASSWORD", "offline-" + StaffApi.SUFFIX, "NEWSROOM_PUBLIC_URL", "https://news.example"),
                "check", "--port", "1");
        assertEquals(0, run.exitStatus(), run.toString());
        assertTrue(run.out().startsWith("WARN  server           no WildFly management interface answers at 127.0.0.1:1"),
                run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("OK +configuration +standalone-full.xml has the NewsroomDS datasource")),
                run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("OK +jms destination +java:/jms/newsroom/breaking-dead \\(in standalone-full.xml\\)")),
                run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("OK +database +H2 .* answers.*")), run.toString());
        assertTrue(run.out().contains("verdict: OK"), run.toString());

        assertEquals(3, OpsTool.run("reindex", "--port", "1").exitStatus(), "any other command: 3, unreachable");
    }

    /**
     * Before a start, {@code config} prints every setting the deployed EAR declares as the server would
     * resolve it: from the system properties of its configuration file (here a copy with one added,
     * named by {@code NEWSROOM_SERVER_CONFIG}) and from this shell's environment; the database password
     * as set, the one inside a JDBC URL as ***.
     */
    @Test
    void stoppedServerConfigResolvesFromTheConfigurationFileAndThisShellsEnvironment() throws IOException {
        Path configurations = OpsTool.home().resolve("standalone/configuration");
        String file = "stopped-" + StaffApi.SUFFIX + ".xml";
        String xml = Files.readString(configurations.resolve("standalone-full.xml"));
        String property = "<property name=\"newsroom.render.wait.millis\" value=\"2500\"/>";
        Files.writeString(configurations.resolve(file), xml.contains("<system-properties>")
                ? xml.replace("<system-properties>", "<system-properties>" + property)
                : xml.replace("</extensions>", "</extensions><system-properties>" + property + "</system-properties>"));
        String secret = "Db-" + StaffApi.SUFFIX + "-secret";   // not a part of the file's name, which is printed
        try {
            Run run = OpsTool.run(null, Map.of("NEWSROOM_SERVER_CONFIG", file, "NEWSROOM_PUBLIC_URL", "https://config.example",
                    "NEWSROOM_DB_PASSWORD", secret, "NEWSROOM_DB_URL", "jdbc:postgresql://db:5432/newsroom?password=" + secret),
                    "config", "--port", "1");
            assertEquals(0, run.exitStatus(), run.toString());
            assertTrue(run.out().startsWith("server stopped (no WildFly management interface answers at 127.0.0.1:1)"),
                    run.toString());
            assertEquals(Setting.values().length + 1, run.out().lines().count(), "one line per declared setting: " + run);
            assertTrue(run.out().lines().anyMatch(l -> l.matches("NEWSROOM_RENDER_WAIT_MILLIS +2500 +\\(system property"
                    + " newsroom.render.wait.millis in " + Pattern.quote(file) + "\\)")), run.toString());
            assertTrue(run.out().lines().anyMatch(l -> l.matches("NEWSROOM_PUBLIC_URL +https://config.example +\\(environment"
                    + " NEWSROOM_PUBLIC_URL of this shell\\)")), run.toString());
            assertTrue(run.out().lines().anyMatch(l -> l.matches("NEWSROOM_DB_PASSWORD +set +\\(environment NEWSROOM_DB_PASSWORD"
                    + " of this shell\\)")), run.toString());
            assertTrue(run.out().lines().anyMatch(l -> l.matches("NEWSROOM_DB_URL +jdbc:postgresql://db:5432/newsroom\\?password="
                    + "\\*\\*\\* +.*")), run.toString());
            assertTrue(run.out().lines().anyMatch(l -> l.matches("NEWSROOM_DB_POOL_MAX +40 +\\(default\\)")), run.toString());
            assertFalse(run.out().contains(secret), "a secret is shown: " + run);
        } finally {
            Files.deleteIfExists(configurations.resolve(file));
        }
    }

    @Test
    void stoppedServerCheckFailsWhenTheDatabaseDoesNotAnswer() {
        Run run = OpsTool.run(null, Map.of("NEWSROOM_DB_URL", "jdbc:postgresql://127.0.0.1:1/newsroom", "NEWSROOM_DB_USER",
                "newsroom", "NEWSROOM_DB_PASSWORD", "offline-" + StaffApi.SUFFIX), "check", "--port", "1");
        assertEquals(1, run.exitStatus(), run.toString());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("FAIL +database +does not answer \\(SQL state 08001\\).*")),
                run.toString());
        assertTrue(run.out().contains("verdict: FAIL"), run.toString());
    }

    private long indexed(long id) {
        return Search.session(em).search(Article.class).where(f -> f.id().matching(id)).fetchTotalHitCount();
    }

    private void assertAudited(AuditAction action, String detail) {
        long entries = em.createQuery("select count(e) from AuditEntry e where e.actor = :actor and e.action = :action"
                        + " and e.detail like :detail", Long.class)
                .setParameter("actor", "os:" + OpsTool.operator()).setParameter("action", action.name())
                .setParameter("detail", "%" + detail + "%").getSingleResult();
        assertTrue(entries >= 1, "no " + action + " entry by os:" + OpsTool.operator() + " about " + detail);
    }

    private static String printedPassword(Run run) {
        Matcher printed = PRINTED_PASSWORD.matcher(run.out());
        assertTrue(printed.find(), "no password printed: " + run);
        return printed.group(1);
    }

    private static String cacheOf(HttpResponse<String> response) {
        return response.headers().firstValue("X-Cache").orElse("none");
    }
}
