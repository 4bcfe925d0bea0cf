package org.newsroom.web.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReaderAgentsTest {

    @Test
    void browsersAreReaders() {
        assertFalse(ReaderAgents.isRobot("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"));
        assertFalse(ReaderAgents.isRobot("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"));
    }

    @Test
    void crawlersAndScriptsAreRobots() {
        assertTrue(ReaderAgents.isRobot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"));
        assertTrue(ReaderAgents.isRobot("Mozilla/5.0 (compatible; Yahoo! Slurp)"));
        assertTrue(ReaderAgents.isRobot("Baiduspider"));
        assertTrue(ReaderAgents.isRobot("curl/8.5.0"));
        assertTrue(ReaderAgents.isRobot(null));
        assertTrue(ReaderAgents.isRobot(""));
    }
}
