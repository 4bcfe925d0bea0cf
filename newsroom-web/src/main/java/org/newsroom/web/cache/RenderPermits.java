package org.newsroom.web.cache;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.newsroom.editorial.configuration.Setting;

/**
 * At most so many reader pages rendered at once, and a short wait for a turn. A burst of
 * misses (a crawler, a cold cache) otherwise takes every worker thread and every database
 * connection, and requests pile up until all of them time out; bounded, the renders that
 * run finish quickly and the rest are answered at once with the stale copy or a 503.
 *
 * <p>Not a {@link java.util.concurrent.Semaphore}: the limit is read on every attempt, so
 * {@code /system-property=newsroom.render.limit:add(value=…)} changes a running server,
 * lowering it included (renders already running finish; no new one starts above the limit).
 *
 * <p>Settings, read at every attempt (system property, else environment variable):
 * {@code newsroom.render.limit} / {@code NEWSROOM_RENDER_LIMIT} (default twice the cores:
 * a render is mostly CPU with some waiting for the database) and
 * {@code newsroom.render.wait.millis} / {@code NEWSROOM_RENDER_WAIT_MILLIS} (1500: a reader
 * waits that long at most for a turn, well inside a browser's or a CDN's patience).
 */
final class RenderPermits {

    /** How often a waiting render looks at the limit again: raising it signals nobody. */
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final IntSupplier limit;
    private final LongSupplier waitNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    private int running;

    RenderPermits(IntSupplier limit, LongSupplier waitNanos) {
        this.limit = limit;
        this.waitNanos = waitNanos;
    }

    /** The permits the settings describe, read again at every attempt. */
    static RenderPermits fromSettings() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new RenderPermits(
                () -> (int) Setting.RENDER_LIMIT.number(2L * cores),
                () -> TimeUnit.MILLISECONDS.toNanos(Setting.RENDER_WAIT_MILLIS.number()));
    }

    /**
     * Waits for a turn, at most the configured wait.
     *
     * @return true if the caller may render now (and must {@link #release()} afterwards)
     */
    boolean acquire() throws InterruptedException {
        long deadline = System.nanoTime() + waitNanos.getAsLong();
        lock.lock();
        try {
            while (running >= limit.getAsInt()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                freed.awaitNanos(Math.min(left, RECHECK_NANOS));
            }
            running++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    void release() {
        lock.lock();
        try {
            running--;
            freed.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Renders running now. */
    int running() {
        lock.lock();
        try {
            return running;
        } finally {
            lock.unlock();
        }
    }
}
