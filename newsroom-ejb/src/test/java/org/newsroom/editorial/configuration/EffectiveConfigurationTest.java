package org.newsroom.editorial.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EffectiveConfigurationTest {

    private static final Map<String, String> NO_PROPERTIES = Map.of();

    @Test
    void passwordsAreReportedAsSetButNeverShown() {
        Map<String, String> env = Map.of("NEWSROOM_DB_PASSWORD", "s3cret-db", "NEWSROOM_ADMIN_PASSWORD", "s3cret-admin");
        String line = EffectiveConfiguration.describe(NO_PROPERTIES::get, env::get);
        assertFalse(line.contains("s3cret"), line);
        assertTrue(line.contains("NEWSROOM_DB_PASSWORD=set"), line);
        assertTrue(line.contains("NEWSROOM_ADMIN_PASSWORD=set"), line);
    }

    @Test
    void missingSecretIsReportedAsNotSet() {
        String line = EffectiveConfiguration.describe(NO_PROPERTIES::get, Map.<String, String>of()::get);
        assertTrue(line.contains("NEWSROOM_DB_PASSWORD=not set"), line);
    }

    @Test
    void systemPropertyWinsOverEnvironmentWhichWinsOverDefault() {
        Map<String, String> properties = Map.of("newsroom.demo.articles", "12");
        Map<String, String> env = Map.of("NEWSROOM_DEMO_ARTICLES", "34", "NEWSROOM_DB_USER", "newsroom");
        String line = EffectiveConfiguration.describe(properties::get, env::get);
        assertTrue(line.contains("NEWSROOM_DEMO_ARTICLES=12"), line);
        assertTrue(line.contains("NEWSROOM_DB_USER=newsroom"), line);
        assertTrue(line.contains("NEWSROOM_DB_POOL_MAX=40"), line);
        assertTrue(line.contains("NEWSROOM_CHANNEL_RETENTION_DAYS=7"), line);
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
        Map<String, String> env = Map.of("NEWSROOM_DB_USER", "newsroom", "NEWSROOM_DB_PASSWORD", "s3cret-db");
        java.util.List<String> table = EffectiveConfiguration.table(properties::get, env::get);
        assertEquals(EffectiveConfiguration.SETTINGS.size(), table.size());
        assertTrue(table.stream().anyMatch(l -> l.matches("NEWSROOM_DEMO_ARTICLES +12 +\\(system property newsroom.demo.articles\\)")), table.toString());
        assertTrue(table.stream().anyMatch(l -> l.matches("NEWSROOM_DB_USER +newsroom +\\(environment NEWSROOM_DB_USER\\)")), table.toString());
        assertTrue(table.stream().anyMatch(l -> l.matches("NEWSROOM_DB_POOL_MAX +40 +\\(default\\)")), table.toString());
        assertTrue(table.stream().anyMatch(l -> l.matches("NEWSROOM_DB_PASSWORD +set +\\(environment NEWSROOM_DB_PASSWORD\\)")), table.toString());
        assertFalse(table.toString().contains("s3cret"), table.toString());
    }
}
