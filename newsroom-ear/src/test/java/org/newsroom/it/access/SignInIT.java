package org.newsroom.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;
import static org.newsroom.it.access.Caller.STAFF_API;

import java.net.http.HttpResponse;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.StaffApi;

/**
 * Staff sign-in with HTTP Basic as an attacker and as an editor see it: guessing holds the
 * guesser back, not the editor; a remembered password stops working the moment it changes;
 * an unknown name answers as slowly as a known one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    private static final String PASSWORD = StaffApi.PASSWORD;
    private static final String SOME_CALL = STAFF_API + "/articles/sections?edition=en";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aNameGuessedFromOneClientStillSignsInFromAnotherAfterTheBackoff() throws InterruptedException {
        String name = StaffApi.createAccount("signin-guessed", "WRITER");
        String guesserAddress = Caller.someAddress();
        Caller guesser = Caller.basic(name, "wrong-guess", guesserAddress);
        for (int i = 0; i < 25; i++) {
            assertEquals(401, guesser.get(SOME_CALL).statusCode());
        }
        Caller owner = Caller.basic(name, PASSWORD, Caller.someAddress());
        assertEquals(401, owner.get(SOME_CALL).statusCode(), "right after the guessing the name is held back");

        Thread.sleep(2_500); // the first backoff of a name is 2 s
        HttpResponse<String> signedIn = owner.get(SOME_CALL);
        assertEquals(200, signedIn.statusCode(), signedIn.body());
        assertEquals(401, Caller.basic(name, PASSWORD, guesserAddress).get(SOME_CALL).statusCode(),
                "the guesser's address waits much longer, even with the right password");

        String audit = StaffApi.admin().get("/audit?max=200").body();
        assertTrue(audit.contains("address " + guesserAddress + " held back"), audit);
        assertTrue(audit.matches("(?s).*\"action\"\\s*:\\s*\"SIGN_IN_THROTTLED\"[^}]*\"actor\"\\s*:\\s*\"" + name + "\".*"), audit);
    }

    @Test
    void aRememberedPasswordStopsWorkingWhenItIsReset() {
        String name = StaffApi.createAccount("signin-reset", "WRITER");
        Caller before = Caller.basic(name, PASSWORD, null);
        assertEquals(200, before.get(SOME_CALL).statusCode());
        assertEquals(200, before.get(SOME_CALL).statusCode(), "now answered from the remembered check");

        HttpResponse<String> reset = StaffApi.admin().post("/users/" + name + "/password-reset", null);
        assertEquals(200, reset.statusCode(), reset.body());
        assertEquals(401, before.get(SOME_CALL).statusCode(), "the old password no longer signs in");
        assertEquals(200, Caller.basic(name, field(reset.body(), "generatedPassword"), null).get(SOME_CALL).statusCode());
    }

    @Test
    void aRememberedPasswordCostsNoHashAndAnUnknownNameCostsAsMuchAsAKnownOne() {
        String name = StaffApi.createAccount("signin-timed", "WRITER");
        Caller right = Caller.basic(name, PASSWORD, null);
        assertEquals(200, right.get(SOME_CALL).statusCode());
        long remembered = median(5, () -> assertEquals(200, right.get(SOME_CALL).statusCode()));
        // a new address and fewer failures than hold a name back, so every try is really checked
        String address = Caller.someAddress();
        long wrongPassword = median(3, () -> assertEquals(401, Caller.basic(name, "not-it", address).get(SOME_CALL).statusCode()));
        long unknownName = median(3, () -> assertEquals(401,
                Caller.basic("nobody-" + System.nanoTime(), "not-it", address).get(SOME_CALL).statusCode()));

        String times = "remembered " + remembered + " ms, wrong password " + wrongPassword + " ms, unknown name " + unknownName + " ms";
        assertTrue(unknownName * 2 > wrongPassword && wrongPassword * 2 > unknownName, times);
        assertTrue(remembered * 3 < wrongPassword, times);
    }

    private static long median(int runs, Runnable call) {
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis[runs / 2];
    }
}
