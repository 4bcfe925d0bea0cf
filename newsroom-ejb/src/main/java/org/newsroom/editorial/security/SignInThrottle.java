package org.newsroom.editorial.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.newsroom.editorial.configuration.Setting;

/**
 * Slows down guessing, per client address and per user name, without letting anybody
 * lock a colleague out. Each address and each name has a circuit breaker (Resilience4j)
 * that opens when its last sign-ins all failed (by default 5 for a name, 20 for an
 * address) and then refuses without checking anything for a backoff that starts at
 * {@code NEWSROOM_SIGNIN_BACKOFF_SECONDS} and doubles each time the breaker opens again
 * (a name at most a minute, an address at most 15 minutes). After the backoff one try is
 * let through: a right password closes the breaker, a wrong one opens it again for longer.
 *
 * <p>The address is checked first, and a refused address never reaches the name's
 * breaker: one client guessing a name holds back its own address for ever longer, while
 * the name is only held for its short backoff, after which the owner signs in from their
 * own machine. Breakers are kept in memory for an hour after their last use.
 */
@ApplicationScoped
public class SignInThrottle {

    /** What a refused or failed check reports to the breakers; never thrown, so it has no stack. */
    private static final Exception FAILED = new Exception("sign-in failed", null, false, false) {
        private static final long serialVersionUID = 1L;
    };

    /** An address that failed this often is far more likely a guesser than a person, so it waits this much longer. */
    private static final int ADDRESS_FACTOR = 15;

    private final CircuitBreakerConfig byAddress;
    private final CircuitBreakerConfig byName;
    private final Cache<String, CircuitBreaker> breakers =
            Caffeine.newBuilder().expireAfterAccess(Duration.ofHours(1)).maximumSize(100_000).build();

    public SignInThrottle() {
        long backoff = Setting.SIGNIN_BACKOFF_SECONDS.number();
        int nameFailures = (int) Setting.SIGNIN_NAME_FAILURES.number();
        int addressFailures = (int) Setting.SIGNIN_ADDRESS_FAILURES.number();
        byName = config(nameFailures, backoff, Math.max(backoff, 60));
        byAddress = config(addressFailures, ADDRESS_FACTOR * backoff, Math.max(ADDRESS_FACTOR * backoff, 900));
    }

    /** Opens when the last {@code failures} checks all failed; waits {@code first} seconds, doubling up to {@code most}. */
    private static CircuitBreakerConfig config(int failures, long first, long most) {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(failures)
                .minimumNumberOfCalls(failures)
                .failureRateThreshold(100)
                .permittedNumberOfCallsInHalfOpenState(1)
                .waitIntervalFunctionInOpenState(IntervalFunction.ofExponentialBackoff(
                        Duration.ofSeconds(first), 2.0, Duration.ofSeconds(most)))
                .writableStackTraceEnabled(false)
                .build();
    }

    /** One sign-in attempt: let through ({@link #refusal()} null), then told how it went. */
    public final class Attempt {

        private final CircuitBreaker address;
        private final CircuitBreaker name;
        private final String refusal;
        private final String heldBack;

        private Attempt(CircuitBreaker address, CircuitBreaker name, String refusal, String heldBack) {
            this.address = address;
            this.name = name;
            this.refusal = refusal;
            this.heldBack = heldBack;
        }

        /** For a refused attempt: a sentence for the audit when this refusal held the address back, else null. */
        public String heldBack() {
            return heldBack;
        }

        /** Why the attempt is not even checked (for the audit), or null when it may go ahead. */
        public String refusal() {
            return refusal;
        }

        public void succeeded() {
            address.onSuccess(0, TimeUnit.NANOSECONDS);
            name.onSuccess(0, TimeUnit.NANOSECONDS);
        }

        /** Records a failed check; returns a sentence for the audit when it holds the address or the name back. */
        public String failed() {
            String addressHeld = fail(address);
            String nameHeld = fail(name);
            return addressHeld == null ? nameHeld : nameHeld == null ? addressHeld : addressHeld + "; " + nameHeld;
        }
    }

    private static final String ADDRESS = "address:";
    private static final String NAME = "name:";

    /** Asks both breakers; a refused attempt costs no hash and counts as one more failure of its address. */
    public Attempt attempt(String clientAddress, String username) {
        CircuitBreaker address = breaker(ADDRESS + clientAddress, byAddress);
        CircuitBreaker name = breaker(nameKey(username), byName);
        if (!address.tryAcquirePermission()) {
            return new Attempt(address, name, "address " + clientAddress + " is held back", null);
        }
        if (!name.tryAcquirePermission()) {
            return new Attempt(address, name, "name is held back", fail(address));
        }
        return new Attempt(address, name, null, null);
    }

    /**
     * Forgets this node's record of the name's failed sign-ins, so a name held back may sign
     * in at once (after an administrator gave it a new password). Addresses stay held back.
     */
    public void release(String username) {
        breakers.invalidate(nameKey(username));
    }

    private static String nameKey(String username) {
        return NAME + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    /** Counts a failure; when that opens the breaker, says so for the audit. */
    private static String fail(CircuitBreaker breaker) {
        boolean wasOpen = breaker.getState() == CircuitBreaker.State.OPEN;
        breaker.onError(0, TimeUnit.NANOSECONDS, FAILED);
        if (wasOpen || breaker.getState() != CircuitBreaker.State.OPEN) {
            return null;
        }
        String key = breaker.getName();
        return (key.startsWith(ADDRESS) ? "address " + key.substring(ADDRESS.length()) : "name") + " held back after repeated failures";
    }

    private CircuitBreaker breaker(String key, CircuitBreakerConfig config) {
        return breakers.get(key, k -> CircuitBreaker.of(k, config));
    }
}
