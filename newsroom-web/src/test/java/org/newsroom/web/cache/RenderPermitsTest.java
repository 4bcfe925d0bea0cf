package org.newsroom.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderPermitsTest {

    private static final long SHORT_WAIT = TimeUnit.MILLISECONDS.toNanos(150);

    @Test
    void noMoreRendersThanTheLimitAndTheNextGivesUpAfterTheWait() throws Exception {
        RenderPermits permits = new RenderPermits(() -> 2, () -> SHORT_WAIT);
        assertTrue(permits.acquire());
        assertTrue(permits.acquire());
        long started = System.nanoTime();
        assertFalse(permits.acquire(), "a third render ran beside two with a limit of two");
        long waited = System.nanoTime() - started;
        assertTrue(waited >= SHORT_WAIT, "gave up before the wait was over: " + waited);
        assertTrue(waited < SHORT_WAIT + TimeUnit.SECONDS.toNanos(2), "waited far longer than the wait: " + waited);
        assertEquals(2, permits.running());
    }

    @Test
    void aWaitingRenderGetsTheTurnARunningOneGivesBack() throws Exception {
        RenderPermits permits = new RenderPermits(() -> 1, () -> TimeUnit.SECONDS.toNanos(5));
        assertTrue(permits.acquire());
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> acquire(permits));
        Thread.sleep(100);
        assertFalse(waiting.isDone(), "went ahead while the only permit was taken");
        permits.release();
        assertTrue(waiting.get(2, TimeUnit.SECONDS));
        assertEquals(1, permits.running());
    }

    @Test
    void aLimitOfZeroRefusesEveryRender() throws Exception {
        RenderPermits permits = new RenderPermits(() -> 0, () -> SHORT_WAIT);
        assertFalse(permits.acquire());
        assertEquals(0, permits.running());
    }

    @Test
    void raisingTheLimitOnARunningServerLetsAWaitingRenderIn() throws Exception {
        AtomicInteger limit = new AtomicInteger(0);
        RenderPermits permits = new RenderPermits(limit::get, () -> TimeUnit.SECONDS.toNanos(5));
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> acquire(permits));
        Thread.sleep(150);
        assertFalse(waiting.isDone());
        limit.set(3); // nobody releases anything: the waiting render must notice the new limit itself
        assertTrue(waiting.get(2, TimeUnit.SECONDS));
    }

    @Test
    void loweringTheLimitStopsNewRendersUntilTheRunningOnesAreBelowIt() throws Exception {
        AtomicInteger limit = new AtomicInteger(3);
        RenderPermits permits = new RenderPermits(limit::get, () -> SHORT_WAIT);
        assertTrue(permits.acquire());
        assertTrue(permits.acquire());
        limit.set(1);
        assertFalse(permits.acquire());
        permits.release();
        assertFalse(permits.acquire(), "one running, limit one");
        permits.release();
        assertTrue(permits.acquire());
    }

    private static boolean acquire(RenderPermits permits) {
        try {
            return permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
