package org.newsroom.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;
import static org.newsroom.it.access.Caller.STAFF_API;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.StaffApi;

/**
 * A flood from one client on search, the public API and the staff API is answered 429 with
 * Retry-After and a problem document, while another client is still served. The reader
 * floods ask for distinct addresses (the page cache keys on the query), so every request is
 * a miss and reaches the limit; the defaults (100, 300 and 300 per second) hold.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClientLimitsIT {

    /** Requests on the way at once: enough to outrun the limit, few enough for the client's and server's file handles. */
    private static final int IN_FLIGHT = 96;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aSearchFloodIsToldToComeBackLater() {
        floodIsRefusedButOthersAreServed(Caller::anonymous, 800, i -> "/api/v1/search?edition=en&q=vote" + i);
    }

    /**
     * The flood asks for addresses the API does not have (404 with a problem document): the
     * cheapest requests for the server, so they outrun the limit even on a busy two-core machine,
     * where 1,200 rendered answers once took longer than four seconds.
     */
    @Test
    void aPublicApiFloodIsToldToComeBackLater() {
        Caller flooder = Caller.anonymous(Caller.someAddress());
        assertEquals(200, flooder.get("/api/v1/editions?flood=first").statusCode(), "a first request is served");
        flood(flooder, 1500, 404, i -> "/api/v1/flood-" + i);
        assertEquals(200, Caller.anonymous(Caller.someAddress()).get("/api/v1/editions?flood=other").statusCode(),
                "another client is served");
    }

    /**
     * The staff API counts a request before it looks at credentials, so a flood without any
     * (here: 401s until the allowance is gone) is held back as cheaply as one with them, and
     * a flood of wrong passwords costs no hashing; signed-in clients elsewhere carry on.
     */
    @Test
    void aStaffApiFloodIsToldToComeBackLater() {
        String name = StaffApi.createAccount("flood-watcher", "WRITER");
        Caller flooder = Caller.anonymous(Caller.someAddress());
        flood(flooder, 1500, 401, i -> STAFF_API + "/articles/sections?edition=en");
        HttpResponse<String> signedIn = Caller.account(name, Caller.someAddress()).get(STAFF_API + "/articles/sections?edition=en");
        assertEquals(200, signedIn.statusCode(), "another client is served");
    }

    private static void floodIsRefusedButOthersAreServed(Function<String, Caller> client, int requests, IntFunction<String> path) {
        Caller flooder = client.apply(Caller.someAddress());
        assertEquals(200, flooder.get(path.apply(-1)).statusCode(), "a first request is served");
        flood(flooder, requests, 200, path);
        assertEquals(200, client.apply(Caller.someAddress()).get(path.apply(-2)).statusCode(), "another client is served");
    }

    /** Sends the requests, many at once; each is answered {@code servedStatus} or 429, and at least one is 429 as it should be. */
    private static void flood(Caller flooder, int requests, int servedStatus, IntFunction<String> path) {
        List<CompletableFuture<HttpResponse<String>>> flood = new ArrayList<>();
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        for (int i = 0; i < requests; i++) {
            inFlight.acquireUninterruptibly();
            flood.add(flooder.getAsync(path.apply(i)).whenComplete((response, failure) -> inFlight.release()));
        }
        HttpResponse<String> refused = null;
        int served = 0;
        for (CompletableFuture<HttpResponse<String>> answer : flood) {
            HttpResponse<String> response = answer.join();
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertEquals(servedStatus, response.statusCode(), response.body());
                served++;
            }
        }
        assertTrue(refused != null, "no 429 among " + requests + " requests (" + served + " served)");
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("429", field(refused.body(), "status"));
        assertFalse(refused.body().contains("Exception"), refused.body());
    }
}
