package org.newsroom.editorial.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EffectiveConfigurationTest {

    private static final Map<String, String> NO_PROPERTIES = Map.of();

    private static Function<Setting, Resolved> given(Map<String, String> properties, Map<String, String> environment) {
        return EffectiveConfiguration.from(properties, environment, "", "");
    }

    @Test
    void passwordsAreReportedAsSetButNeverShown() {
        Map<String, String> env = Map.of("NEWSROOM_DB_PASSWORD", "s3cret-db", "NEWSROOM_ADMIN_PASSWORD", "s3cret-admin",
                "NEWSROOM_CLUSTER_PASSWORD", "s3cret-cluster");
        String line = EffectiveConfiguration.describe(given(NO_PROPERTIES, env));
        assertFalse(line.contains("s3cret"), line);
        assertTrue(line.contains("NEWSROOM_DB_PASSWORD=set"), line);
        assertTrue(line.contains("NEWSROOM_ADMIN_PASSWORD=set"), line);
        assertTrue(line.contains("NEWSROOM_CLUSTER_PASSWORD=set"), line);
    }

    @Test
    void missingSecretIsReportedAsNotSet() {
        String line = EffectiveConfiguration.describe(given(NO_PROPERTIES, Map.of()));
        assertTrue(line.contains("NEWSROOM_DB_PASSWORD=not set"), line);
    }

    @Test
    void systemPropertyWinsOverEnvironmentWhichWinsOverDefault() {
        Map<String, String> properties = Map.of("newsroom.demo.articles", "12");
        Map<String, String> env = Map.of("NEWSROOM_DEMO_ARTICLES", "34", "NEWSROOM_DB_USER", "newsroom");
        String line = EffectiveConfiguration.describe(given(properties, env));
        assertTrue(line.contains("NEWSROOM_DEMO_ARTICLES=12"), line);
        assertTrue(line.contains("NEWSROOM_DB_USER=newsroom"), line);
        assertTrue(line.contains("NEWSROOM_DB_POOL_MAX=40"), line);
        assertTrue(line.contains("NEWSROOM_CHANNEL_RETENTION_DAYS=7"), line);
    }

    /** The rule the tool applies to a stopped server is the one SmallRye Config applies in the running one. */
    @Test
    void aStoppedServerResolvesAsMicroProfileConfigDoes() {
        Map<String, String> properties = Map.of("newsroom.render.limit", "3");
        Map<String, String> env = Map.of("NEWSROOM_RENDER_LIMIT", "5", "NEWSROOM_LIMIT_PUBLIC_API_PER_SECOND", "77",
                "newsroom_page_cache", "false", "NEWSROOM_DB_POOL_MAX", "12");
        Function<String, String> microProfile = GivenConfiguration.values(properties, env);
        Function<Setting, Resolved> tool = given(properties, env);
        for (Setting setting : Setting.values()) {
            assertEquals(microProfile.apply(setting.property()), tool.apply(setting).value(), setting.property());
        }
        assertEquals("77", tool.apply(Setting.LIMIT_PUBLIC_API_PER_SECOND).value(), "a hyphen becomes an underscore");
    }

    @Test
    void everyDeclaredSettingIsInTheLogLineAndTheTable() {
        String line = EffectiveConfiguration.describe(given(NO_PROPERTIES, Map.of()));
        List<String> table = EffectiveConfiguration.table(given(NO_PROPERTIES, Map.of()));
        assertEquals(Setting.values().length, table.size());
        for (Setting setting : Setting.values()) {
            assertTrue(line.contains(" " + setting.variable() + "="), setting + " not in " + line);
            assertTrue(table.stream().anyMatch(l -> l.startsWith(setting.variable() + " ")), setting + " not in " + table);
        }
    }

    /** The running node's origins come from SmallRye Config's own source names (the version WildFly ships). */
    @Test
    void theRunningNodeNamesTheSourceOfEachValue() {
        System.setProperty("newsroom.preview.minutes", "9");
        try {
            Function<Setting, Resolved> running = EffectiveConfiguration.running();
            assertEquals(new Resolved("9", "system property newsroom.preview.minutes"), running.apply(Setting.PREVIEW_MINUTES));
            assertEquals(9, Setting.PREVIEW_MINUTES.number());
            assertEquals(System.getenv("NEWSROOM_SIGNIN_NAME_FAILURES") == null ? "default"
                    : "environment NEWSROOM_SIGNIN_NAME_FAILURES", running.apply(Setting.SIGNIN_NAME_FAILURES).origin());
        } finally {
            System.clearProperty("newsroom.preview.minutes");
        }
        assertEquals(15, Setting.PREVIEW_MINUTES.number(), "read again, not kept");
    }

    @Test
    void passwordsInsideJdbcUrlsAreMasked() {
        assertEquals("jdbc:postgresql://db:5432/newsroom?user=n&password=***&ssl=true",
                EffectiveConfiguration.withoutPasswords("jdbc:postgresql://db:5432/newsroom?user=n&password=hunter2&ssl=true"));
        assertEquals("jdbc:postgresql://n:***@db/newsroom",
                EffectiveConfiguration.withoutPasswords("jdbc:postgresql://n:hunter2@db/newsroom"));
        assertEquals("jdbc:h2:file:/x/newsroom;MODE=PostgreSQL;PASSWORD=***",
                EffectiveConfiguration.withoutPasswords("jdbc:h2:file:/x/newsroom;MODE=PostgreSQL;PASSWORD=abc"));
    }

    @Test
    void tableShowsEverySettingWithItsOriginAndNoSecret() {
        Map<String, String> properties = Map.of("newsroom.demo.articles", "12");
        Map<String, String> env = Map.of("NEWSROOM_DB_USER", "newsroom", "NEWSROOM_DB_PASSWORD", "s3cret-db",
                "NEWSROOM_DB_URL", "jdbc:postgresql://db/newsroom?password=s3cret-url");
        List<String> table = EffectiveConfiguration.table(given(properties, env));
        assertTrue(table.stream().anyMatch(l -> l.matches("NEWSROOM_DEMO_ARTICLES +12 +\\(system property newsroom.demo.articles\\)")), table.toString());
        assertTrue(table.stream().anyMatch(l -> l.matches("NEWSROOM_DB_USER +newsroom +\\(environment NEWSROOM_DB_USER\\)")), table.toString());
        assertTrue(table.stream().anyMatch(l -> l.matches("NEWSROOM_DB_POOL_MAX +40 +\\(default\\)")), table.toString());
        assertTrue(table.stream().anyMatch(l -> l.matches("NEWSROOM_DB_PASSWORD +set +\\(environment NEWSROOM_DB_PASSWORD\\)")), table.toString());
        assertFalse(table.toString().contains("s3cret"), table.toString());
    }

    @Test
    void aStoppedServerTableSaysWhereEachValueWouldComeFrom() {
        List<String> table = EffectiveConfiguration.stoppedServerTable(Map.of("newsroom.page.cache", "false"),
                "standalone-full.xml", Map.of("NEWSROOM_PUBLIC_URL", "https://news.example"));
        assertTrue(table.stream().anyMatch(l -> l.matches(
                "NEWSROOM_PAGE_CACHE +false +\\(system property newsroom.page.cache in standalone-full.xml\\)")), table.toString());
        assertTrue(table.stream().anyMatch(l -> l.matches(
                "NEWSROOM_PUBLIC_URL +https://news.example +\\(environment NEWSROOM_PUBLIC_URL of this shell\\)")), table.toString());
    }
}
