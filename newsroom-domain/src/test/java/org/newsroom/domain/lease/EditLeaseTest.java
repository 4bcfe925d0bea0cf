package org.newsroom.domain.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsroom.domain.DomainRuleViolation;

class EditLeaseTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration TERM = Duration.ofMinutes(2);

    @Test
    void anotherUserCannotAcquireAHeldLease() {
        EditLease lease = new EditLease(1L, "wanda", T0, TERM);
        assertThrows(DomainRuleViolation.class, () -> lease.acquire("erik", T0.plusSeconds(60), TERM));
    }

    @Test
    void leaseExpiresByItselfWithoutHeartbeat() {
        EditLease lease = new EditLease(1L, "wanda", T0, TERM);
        assertFalse(lease.isExpired(T0.plusSeconds(119)));
        assertTrue(lease.isExpired(T0.plusSeconds(120)));
        lease.acquire("erik", T0.plusSeconds(121), TERM);
        assertEquals("erik", lease.getHolder());
    }

    @Test
    void heartbeatRenewsAndCarriesUnsavedText() {
        EditLease lease = new EditLease(1L, "wanda", T0, TERM);
        lease.renew("wanda", T0.plusSeconds(100), TERM, "H", "S", "unsaved body");
        assertFalse(lease.isExpired(T0.plusSeconds(200)));
        assertTrue(lease.hasUnsavedDraft());
        assertEquals("unsaved body", lease.getDraftBody());
    }

    @Test
    void displacedHolderCannotRenew() {
        EditLease lease = new EditLease(1L, "wanda", T0, TERM);
        lease.takeOver("erik", T0.plusSeconds(10), TERM);
        assertThrows(DomainRuleViolation.class, () -> lease.renew("wanda", T0.plusSeconds(20), TERM, null, null, null));
        assertFalse(lease.hasUnsavedDraft());
    }
}
