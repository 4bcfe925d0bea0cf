package org.newsroom.editorial.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsroom.editorial.configuration.GivenConfiguration;

class ChannelPruningTest {

    private static Duration retention(Map<String, String> properties, Map<String, String> environment) {
        return ChannelPruning.retention(GivenConfiguration.values(properties, environment));
    }

    @Test
    void eventsAreKeptSevenDaysByDefault() {
        assertEquals(Duration.ofDays(7), retention(Map.of(), Map.of()));
    }

    @Test
    void thePropertyWinsOverTheVariable() {
        assertEquals(Duration.ofDays(30), retention(Map.of("newsroom.channel.retention.days", "30"),
                Map.of("NEWSROOM_CHANNEL_RETENTION_DAYS", "2")));
        assertEquals(Duration.ofDays(2), retention(Map.of(), Map.of("NEWSROOM_CHANNEL_RETENTION_DAYS", " 2 ")));
    }

    @Test
    void aRetentionThatIsNotAPositiveNumberOfDaysFallsBackToTheDefault() {
        for (String bad : new String[] {"0", "-3", "7d", "", "1.5", "99999999999"}) {
            assertEquals(Duration.ofDays(7), retention(Map.of(), Map.of("NEWSROOM_CHANNEL_RETENTION_DAYS", bad)), bad);
        }
    }
}
