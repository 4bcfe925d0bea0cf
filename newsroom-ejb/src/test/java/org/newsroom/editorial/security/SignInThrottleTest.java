package org.newsroom.editorial.security;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle();

    private String fail(String address, String name) {
        SignInThrottle.Attempt attempt = throttle.attempt(address, name);
        return attempt.refusal() == null ? attempt.failed() : attempt.refusal();
    }

    @Test
    void aGuessedNameIsHeldBackOnlyForItsBackoffWhileTheGuessersAddressStaysHeldBack() throws InterruptedException {
        String heldBack = null;
        for (int i = 0; i < 5; i++) {
            heldBack = fail("203.0.113.7", "sam");
        }
        assertTrue(heldBack != null && heldBack.contains("name held back"), heldBack);
        assertNotNull(throttle.attempt("198.51.100.9", "sam").refusal(), "the name is held back at first");
        for (int i = 0; i < 20; i++) {
            fail("203.0.113.7", "sam");
        }
        assertNotNull(throttle.attempt("203.0.113.7", "someone-else").refusal(), "the guessing address is held back");

        Thread.sleep(2_200); // the first backoff is 2 s
        SignInThrottle.Attempt owner = throttle.attempt("198.51.100.9", "sam");
        assertNull(owner.refusal(), "after the backoff the owner's own machine may try");
        owner.succeeded();
        assertNull(throttle.attempt("198.51.100.9", "sam").refusal());
        assertNotNull(throttle.attempt("203.0.113.7", "sam").refusal(), "the guesser waits longer");
    }

    @Test
    void aRightPasswordBetweenWrongOnesKeepsTheNameOpen() {
        for (int i = 0; i < 4; i++) {
            fail("192.0.2.1", "kim");
        }
        throttle.attempt("192.0.2.1", "kim").succeeded();
        for (int i = 0; i < 4; i++) {
            fail("192.0.2.1", "kim");
        }
        assertNull(throttle.attempt("192.0.2.1", "kim").refusal());
    }
}
