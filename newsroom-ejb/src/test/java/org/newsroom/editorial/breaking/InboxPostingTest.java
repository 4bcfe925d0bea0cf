package org.newsroom.editorial.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsroom.domain.edition.Edition;

class InboxPostingTest {

    @Test
    void readsAFullPosting() throws Exception {
        InboxPosting posting = InboxPosting.parse(
                "{\"edition\":\"ar\",\"text\":\"Line\",\"articleId\":42,\"expiresAt\":\"2026-11-25T18:00:00+01:00\"}");
        assertEquals(Edition.AR, posting.edition());
        assertEquals("Line", posting.text());
        assertEquals(42L, posting.articleId());
        assertEquals(Instant.parse("2026-11-25T17:00:00Z"), posting.expiresAt());
    }

    @Test
    void articleAndExpiryAreOptional() throws Exception {
        InboxPosting posting = InboxPosting.parse("{\"edition\":\"en\",\"text\":\"Line\",\"articleId\":null}");
        assertNull(posting.articleId());
        assertNull(posting.expiresAt());
    }

    @Test
    void refusesWithAReasonTheSenderCanActOn() {
        assertRefused("", "Empty");
        assertRefused("{not json", "Malformed JSON");
        assertRefused("[1,2]", "JSON object");
        assertRefused("{\"text\":\"Line\"}", "Missing \"edition\"");
        assertRefused("{\"edition\":\"fr\",\"text\":\"Line\"}", "Unknown edition");
        assertRefused("{\"edition\":\"en\"}", "Missing \"text\"");
        assertRefused("{\"edition\":\"en\",\"text\":7}", "must be a string");
        assertRefused("{\"edition\":\"en\",\"text\":\"Line\",\"articleId\":\"12\"}", "integer");
        assertRefused("{\"edition\":\"en\",\"text\":\"Line\",\"articleId\":1.5}", "integer");
        assertRefused("{\"edition\":\"en\",\"text\":\"Line\",\"expiresAt\":\"tomorrow\"}", "ISO-8601");
    }

    private static void assertRefused(String json, String reasonPart) {
        InboxPosting.Refused refused = assertThrows(InboxPosting.Refused.class, () -> InboxPosting.parse(json));
        assertTrue(refused.getMessage().contains(reasonPart), json + " -> " + refused.getMessage());
    }
}
