package org.newsroom.domain.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.edition.Edition;

class BreakingItemTest {

    private static final Instant POSTED = Instant.parse("2026-12-03T08:00:00Z");

    @Test
    void anItemMayBeSetToExpireAtMostSevenDaysAfterPosting() {
        Instant week = POSTED.plus(Duration.ofDays(7));
        assertEquals(week, new BreakingItem(Edition.EN, "Polls close", null, POSTED, "editor", week).getExpiresAt());
        DomainRuleViolation tooLate = assertThrows(DomainRuleViolation.class,
                () -> new BreakingItem(Edition.EN, "Polls close", null, POSTED, "editor", week.plusSeconds(1)));
        assertEquals("A breaking item may expire no later than 7 days after it is posted", tooLate.getMessage());
    }

    @Test
    void anEditCannotStretchTheExpiryPastSevenDays() {
        BreakingItem item = new BreakingItem(Edition.EN, "Polls close", null, POSTED, "editor", null);
        assertThrows(DomainRuleViolation.class, () -> item.edit("Polls closed", Instant.parse("+999999999-12-31T23:59:59Z")));
        item.edit("Polls closed", POSTED.plus(Duration.ofDays(2)));
        assertEquals(POSTED.plus(Duration.ofDays(2)), item.getExpiresAt());
    }
}
