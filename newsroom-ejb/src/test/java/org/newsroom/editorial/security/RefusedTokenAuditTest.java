package org.newsroom.editorial.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RefusedTokenAuditTest {

    @Test
    void eachTokenIsAuditedOnceInTheWindowEvenFromManyThreads() {
        RefusedTokenAudit audit = new RefusedTokenAudit();
        AtomicInteger firsts = new AtomicInteger();
        IntStream.range(0, 1_000).parallel().forEach(i -> {
            if (audit.firstInWindow(7L)) {
                firsts.incrementAndGet();
            }
        });
        assertEquals(1, firsts.get());
        assertTrue(audit.firstInWindow(8L), "another token has its own window");
        assertFalse(audit.firstInWindow(8L));
    }
}
