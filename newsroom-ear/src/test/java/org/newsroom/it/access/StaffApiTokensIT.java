package org.newsroom.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;
import static org.newsroom.it.access.Caller.STAFF_API;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.StaffApi;

/** Personal API tokens through the staff API: made, used as Bearer, listed, revoked, expired, audited. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffApiTokensIT {

    private static final String SOME_CALL = STAFF_API + "/articles/sections?edition=en";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static Caller writer(String prefix) {
        return Caller.account(StaffApi.createAccount(prefix, "WRITER"), null);
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }

    private static HttpResponse<String> create(Caller by, String json) {
        return by.send("POST", STAFF_API + "/tokens", json);
    }

    @Test
    void aTokenSignsItsOwnerInUntilRevokedAndIsShownOnlyOnce() {
        Caller owner = writer("token-owner");
        HttpResponse<String> created = create(owner, "{\"name\":\"wire feed\"}");
        assertEquals(201, created.statusCode(), created.body());
        String secret = field(created.body(), "secret");
        String id = field(created.body(), "id");
        assertTrue(secret.startsWith("nrt_") && secret.length() >= 40, secret);

        Caller bearer = Caller.bearer(secret, null);
        HttpResponse<String> used = bearer.get(SOME_CALL);
        assertEquals(200, used.statusCode(), used.body());

        HttpResponse<String> listed = owner.get(STAFF_API + "/tokens");
        assertEquals(200, listed.statusCode(), listed.body());
        assertTrue(listed.body().contains("wire feed") && listed.body().contains(secret.substring(0, 10)), listed.body());
        assertFalse(listed.body().contains(secret), "the secret is shown once, never listed");
        assertNotEquals("null", field(listed.body(), "lastUsedAt"), "the use was noted");

        HttpResponse<String> revoked = owner.send("DELETE", STAFF_API + "/tokens/" + id, null);
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertNotEquals("null", field(revoked.body(), "revokedAt"));

        HttpResponse<String> refused = bearer.get(SOME_CALL);
        assertEquals(401, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), refused.headers().toString());
        assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), refused.headers().toString());
        assertEquals("401", field(refused.body(), "status"));
        assertFalse(refused.body().contains("Exception"), refused.body());

        String audit = StaffApi.admin().get("/audit?max=200").body();
        for (String action : new String[] {"TOKEN_CREATED", "TOKEN_REVOKED", "TOKEN_REFUSED"}) {
            // one entry: {"action":"…", …, "detail":"token <id> …"} (JSON-B writes the fields in that order)
            assertTrue(audit.matches("(?s).*\"action\"\\s*:\\s*\"" + action + "\"[^}]*token " + id + " .*"),
                    action + " of token " + id + " in " + audit);
        }
        assertFalse(audit.contains(secret), "the audit never holds a secret");
    }

    /**
     * A client hammering with a revoked token is refused every time, but the audit trail gets one
     * TOKEN_REFUSED entry for it a minute, not one a call (the window outlasts this test).
     */
    @Test
    void aRevokedTokenUsedAgainAndAgainIsRefusedEveryTimeAndAuditedOnce() {
        Caller owner = writer("token-hammered");
        HttpResponse<String> created = create(owner, "{\"name\":\"leaked script\"}");
        assertEquals(201, created.statusCode(), created.body());
        String id = field(created.body(), "id");
        Caller bearer = Caller.bearer(field(created.body(), "secret"), null);
        assertEquals(200, owner.send("DELETE", STAFF_API + "/tokens/" + id, null).statusCode());

        List<CompletableFuture<HttpResponse<String>>> atOnce = IntStream.range(0, 40).mapToObj(i -> bearer.getAsync(SOME_CALL)).toList();
        List<Integer> statuses = atOnce.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
        assertEquals(Collections.nCopies(40, 401), statuses);
        for (int i = 0; i < 20; i++) {
            assertEquals(401, bearer.get(SOME_CALL).statusCode());
        }

        String refusals = StaffApi.admin().accepting("application/x-ndjson").get("/audit/export?action=TOKEN_REFUSED").body();
        long ofThisToken = refusals.lines().filter(line -> line.contains("token " + id + " ")).count();
        assertEquals(1, ofThisToken, "TOKEN_REFUSED entries of token " + id + " in " + refusals);
    }

    @Test
    void anExpiredTokenIsRefusedAndAnExpiryMustLieAhead() throws InterruptedException {
        Caller owner = writer("token-expiring");
        HttpResponse<String> past = create(owner, "{\"name\":\"old\",\"expiresAt\":" + quote(Instant.now().minusSeconds(60).toString()) + "}");
        assertEquals(400, past.statusCode(), past.body());

        Instant expiry = Instant.now().plusSeconds(3);
        HttpResponse<String> created = create(owner, "{\"name\":\"short\",\"expiresAt\":" + quote(expiry.toString()) + "}");
        assertEquals(201, created.statusCode(), created.body());
        Caller bearer = Caller.bearer(field(created.body(), "secret"), null);
        assertEquals(200, bearer.get(SOME_CALL).statusCode());
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 500);
        assertEquals(401, bearer.get(SOME_CALL).statusCode());
    }

    @Test
    void aDisabledAccountsTokenIsRefusedAndWorksAgainOnceEnabled() {
        String name = StaffApi.createAccount("token-leaving", "WRITER");
        Caller admin = Caller.basic("admin", StaffApi.adminPassword(), null);
        HttpResponse<String> created = create(admin, "{\"name\":\"made by the administrator\",\"username\":" + quote(name) + "}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(name, field(created.body(), "owner"));
        Caller bearer = Caller.bearer(field(created.body(), "secret"), null);
        assertEquals(200, bearer.get(SOME_CALL).statusCode());

        assertEquals(200, admin.send("PUT", STAFF_API + "/users/" + name + "/enabled", "false").statusCode());
        assertEquals(401, bearer.get(SOME_CALL).statusCode());
        assertEquals(200, admin.send("PUT", STAFF_API + "/users/" + name + "/enabled", "true").statusCode());
        assertEquals(200, bearer.get(SOME_CALL).statusCode());
    }

    @Test
    void aWriterManagesOnlyTheirOwnTokens() {
        Caller writer = writer("token-own-only");
        String other = StaffApi.createAccount("token-other", "WRITER");
        Caller otherWriter = Caller.account(other, null);
        String othersToken = field(create(otherWriter, "{\"name\":\"mine\"}").body(), "id");

        assertEquals(403, create(writer, "{\"name\":\"for someone else\",\"username\":" + quote(other) + "}").statusCode());
        assertEquals(403, writer.get(STAFF_API + "/tokens?username=" + other).statusCode());
        assertEquals(404, writer.send("DELETE", STAFF_API + "/tokens/" + othersToken, null).statusCode());
        assertTrue(StaffApi.admin().get("/tokens?username=" + other).body().contains("\"mine\""));
    }

    @Test
    void anUnknownOrMalformedTokenIsRefusedWithAProblem() {
        for (String token : new String[] {"nrt_" + "A".repeat(43), "not-a-token", ""}) {
            HttpResponse<String> refused = Caller.bearer(token, null).get(SOME_CALL);
            assertEquals(401, refused.statusCode(), token);
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), token);
        }
    }
}
