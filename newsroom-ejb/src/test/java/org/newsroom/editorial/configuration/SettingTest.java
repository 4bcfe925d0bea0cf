package org.newsroom.editorial.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SettingTest {

    private static Function<String, String> env(String variable, String value) {
        return GivenConfiguration.values(Map.of(), Map.of(variable, value));
    }

    @Test
    void theVariableIsThePropertyInCapitalsWithUnderscores() {
        assertEquals("NEWSROOM_DB_POOL_MAX", Setting.DB_POOL_MAX.variable());
        assertEquals("NEWSROOM_LIMIT_PUBLIC_API_PER_SECOND", Setting.LIMIT_PUBLIC_API_PER_SECOND.variable());
    }

    @Test
    void aNumberOutOfItsRangeOrNoNumberFallsBackToTheDefault() {
        for (String bad : new String[] {"0", "-3", "60s", "1.5", "3601", "99999999999999999999"}) {
            assertEquals(60, Setting.SIGNIN_CACHE_SECONDS.number(env("NEWSROOM_SIGNIN_CACHE_SECONDS", bad)), bad);
        }
        assertEquals(3600, Setting.SIGNIN_CACHE_SECONDS.number(env("NEWSROOM_SIGNIN_CACHE_SECONDS", " 3600 ")));
        assertEquals(0, Setting.RENDER_LIMIT.number(env("NEWSROOM_RENDER_LIMIT", "0"), 8), "0 is in the render limit's range");
        assertEquals(8, Setting.RENDER_LIMIT.number(env("NEWSROOM_RENDER_LIMIT", "-1"), 8));
        assertEquals(10, Setting.CONSOLE_SESSION_SECONDS.number(env("NEWSROOM_CONSOLE_SESSION_SECONDS", "10")));
        assertEquals(1800, Setting.CONSOLE_SESSION_SECONDS.number(env("NEWSROOM_CONSOLE_SESSION_SECONDS", "9")));
    }

    @Test
    void aSecretWithADollarBraceComesBackAsGiven() {
        Function<String, String> values = GivenConfiguration.values(Map.of(), Map.of("NEWSROOM_ADMIN_PASSWORD", "k7${Qz}-${nothing"));
        assertEquals("k7${Qz}-${nothing", values.apply("newsroom.admin.password"));
    }

    @Test
    void aSwitchIsOnUnlessFalse() {
        assertTrue(Setting.PAGE_CACHE.on(p -> null));
        assertFalse(Setting.PAGE_CACHE.on(env("NEWSROOM_PAGE_CACHE", "FALSE")));
        assertFalse(Setting.HIBERNATE_STATISTICS.on(p -> null));
    }

    @Test
    void textFallsBackToItsDefault() {
        assertEquals("UTC", Setting.CONSOLE_ZONE.text(p -> null));
        assertEquals("Europe/Madrid", Setting.CONSOLE_ZONE.text(env("NEWSROOM_CONSOLE_ZONE", "Europe/Madrid")));
        assertEquals(null, Setting.PUBLIC_URL.text(p -> null));
    }

    @Test
    void everyNumberHasANumericDefaultOrSaysHowItIsWorkedOut() {
        for (Setting setting : Setting.values()) {
            assertFalse(setting.meaning().isBlank(), setting.name());
            if (setting.kind() == Setting.Kind.NUMBER || setting.kind() == Setting.Kind.DURATION) {
                if (setting.defaultValue() == null) {
                    assertFalse(setting.defaultText().isBlank(), setting.name());
                } else {
                    Long.parseLong(setting.defaultValue());
                }
            }
        }
        assertEquals(Setting.values().length, Arrays.stream(Setting.values()).map(Setting::property).distinct().count());
    }
}
