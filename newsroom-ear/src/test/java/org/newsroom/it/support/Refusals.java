package org.newsroom.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import org.newsroom.editorial.ActionRefused;

/** What a service call refused with, however many container wrappers it went through. */
public final class Refusals {

    private Refusals() {
    }

    public static ActionRefused refusal(AsRole.ThrowingRunnable call) {
        try {
            call.run();
        } catch (Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ActionRefused refused) {
                    return refused;
                }
            }
            fail("expected a refusal, got " + thrown, thrown);
        }
        return fail("expected a refusal, but the call succeeded");
    }

    /** True when the container refused the caller's role. */
    public static boolean deniedForRole(AsRole.ThrowingRunnable call) {
        try {
            call.run();
            return false;
        } catch (Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof jakarta.ejb.EJBAccessException) {
                    return true;
                }
            }
            fail("expected the role to be refused, got " + thrown, thrown);
            return false;
        }
    }
}
