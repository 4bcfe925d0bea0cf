package org.newsroom.it.editorial;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.StaffApi;

/**
 * Every staff-API endpoint that takes a body, sent what a careless script or an attacker
 * sends: cut-short JSON, an array or a string where an object belongs, words where numbers
 * belong, unknown roles, nulls in lists, dates that are not dates or absurdly far, and more
 * than the body limit. Each answer must be a 4xx problem document with a readable detail and
 * nothing of the server's insides; a wrong value never changes anything.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffApiInputIT {


    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** One malformed call: who sends it, what, and the status it must get. */
    record Case(String name, StaffApi caller, String method, String path, String ifMatch, String contentType, String body,
                int status) {
    }

    @Test
    void everyEndpointRefusesMalformedBodiesWithAProblemAndNoTrace() {
        StaffApi editor = StaffApi.as(StaffApi.createAccount("input-editor", "EDITOR"));
        StaffApi admin = StaffApi.admin();
        String target = StaffApi.createAccount("input-target", "WRITER");
        HttpResponse<String> created = editor.post("/articles", "{\"edition\":\"en\",\"headline\":\"Input check " + StaffApi.SUFFIX
                + "\",\"sectionId\":" + field(editor.get("/articles/sections?edition=en").body(), "id") + "}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(field(created.body(), "id"));
        String etag = StaffApi.etag(created);
        String story = "/articles/" + id;

        List<Case> cases = new ArrayList<>();
        // Bodies that are not the JSON object an endpoint takes, sent to every endpoint that takes one.
        String[][] bodies = {{"cut short", "{\"headline\":\"Half"}, {"an array", "[1,2,3]"}, {"a string", "\"a story\""},
                {"a number", "42"}, {"not JSON", "headline=Harbour"}, {"deep nesting", "[".repeat(5000) + "]".repeat(5000)}};
        String[][] endpoints = {{"POST", "/articles"}, {"PUT", story}, {"PUT", story + "/details"},
                {"POST", story + "/transitions/schedule"}, {"POST", story + "/comments"}, {"POST", story + "/translations"},
                {"PUT", story + "/lease"}, {"POST", "/breaking"}, {"POST", "/users"}, {"PUT", "/users/" + target + "/roles"},
                {"PUT", "/users/" + target + "/enabled"}, {"PUT", "/media/1/description"}, {"POST", "/tokens"}};
        for (String[] endpoint : endpoints) {
            StaffApi caller = endpoint[1].startsWith("/users") ? admin : editor;
            for (String[] body : bodies) {
                cases.add(new Case(body[0] + " to " + endpoint[0] + " " + endpoint[1], caller, endpoint[0], endpoint[1], etag,
                        "application/json", body[1], 400));
            }
        }
        // Wrong types, unknown values and nulls, field by field.
        long section = Long.parseLong(field(editor.get("/articles/sections?edition=en").body(), "id"));
        String[][] typed = {
                {"/articles", "POST", "{\"edition\":\"en\",\"headline\":\"Typed\",\"sectionId\":\"abc\"}"},
                {"/articles", "POST", "{\"edition\":\"en\",\"headline\":\"Typed\",\"sectionId\":1e30}"},
                {"/articles", "POST", "{\"edition\":\"en\",\"headline\":\"Typed\",\"sectionId\":[" + section + "]}"},
                {"/articles", "POST", "{\"edition\":\"en\",\"headline\":{\"text\":\"Typed\"},\"sectionId\":" + section + "}"},
                {story + "/details", "PUT", "{\"regionIds\":[\"abc\"]}"},
                {story + "/details", "PUT", "{\"tagIds\":[null]}"},
                {story + "/details", "PUT", "{\"authorIds\":\"everyone\"}"},
                {story + "/transitions/schedule", "POST", "{\"publishAt\":\"not-a-date\"}"},
                {story + "/transitions/schedule", "POST", "{\"publishAt\":1e30}"},
                {story + "/transitions/embargo", "POST", "{\"embargoUntil\":\"soon\"}"},
                {story + "/translations", "POST", "{\"edition\":\"es\",\"sectionId\":\"abc\"}"},
                {story + "/lease", "PUT", "{\"headline\":[\"Beat\"]}"},
                {"/breaking", "POST", "{\"edition\":\"en\",\"text\":\"Typed\",\"articleId\":\"abc\"}"},
                {"/breaking", "POST", "{\"edition\":\"en\",\"text\":\"Typed\",\"expiresAt\":\"soon\"}"},
                {"/breaking", "POST", "{\"edition\":\"en\",\"text\":\"Typed\",\"expiresAt\":\"" + Instant.now().plus(Duration.ofDays(8)) + "\"}"},
                {"/breaking", "POST", "{\"edition\":\"en\",\"text\":\"Typed\",\"expiresAt\":\"+999999999-12-31T23:59:59Z\"}"},
                {"/media/1/description", "PUT", "{\"altText\":[\"Boats\"],\"caption\":\"Quay\",\"credit\":\"Staff\"}"}};
        for (String[] t : typed) {
            cases.add(new Case(t[2] + " to " + t[1] + " " + t[0], editor, t[1], t[0], etag, "application/json", t[2], 400));
        }
        // Personal API tokens: a name of 1 to 80 characters, an expiry that is an ISO-8601 instant ahead (at most two years).
        String[] tokenBodies = {"{}", "{\"name\":\"\"}", "{\"name\":\"   \"}", "{\"name\":null}", "{\"name\":\"" + "n".repeat(81) + "\"}",
                "{\"name\":\"" + "n".repeat(100_000) + "\"}", "{\"name\":{\"text\":\"tool\"}}", "{\"name\":[\"tool\"]}",
                "{\"name\":\"tool\",\"expiresAt\":\"soon\"}", "{\"name\":\"tool\",\"expiresAt\":\"2026-13-45T00:00:00Z\"}",
                "{\"name\":\"tool\",\"expiresAt\":\"tomorrow at noon\"}", "{\"name\":\"tool\",\"expiresAt\":1e30}",
                "{\"name\":\"tool\",\"expiresAt\":-1}", "{\"name\":\"tool\",\"expiresAt\":true}", "{\"name\":\"tool\",\"expiresAt\":[]}",
                "{\"name\":\"tool\",\"expiresAt\":\"" + Instant.now().minus(Duration.ofDays(1)) + "\"}",
                "{\"name\":\"tool\",\"expiresAt\":\"" + Instant.now().minusSeconds(1) + "\"}",
                "{\"name\":\"tool\",\"expiresAt\":\"" + Instant.now().plus(Duration.ofDays(731)) + "\"}",
                "{\"name\":\"tool\",\"expiresAt\":\"+999999999-12-31T23:59:59Z\"}",
                "{\"name\":\"tool\",\"expiresAt\":\"+1000000001-01-01T00:00:00Z\"}",
                "{\"name\":\"tool\",\"expiresAt\":\"-999999999-01-01T00:00:00Z\"}",
                "{\"name\":\"tool\",\"expiresAt\":\"2027-01-01\"}", "{\"name\":\"tool\",\"username\":[\"admin\"]}",
                "{\"name\":\"tool\",\"username\":{}}", "null", ""};
        for (String tokenBody : tokenBodies) {
            String shown = tokenBody.length() > 120 ? tokenBody.substring(0, 60) + "…(" + tokenBody.length() + " characters)" : tokenBody;
            cases.add(new Case("token " + shown, editor, "POST", "/tokens", null, "application/json", tokenBody, 400));
        }
        cases.add(new Case("a token for another user, by a non-administrator", editor, "POST", "/tokens", null, "application/json",
                "{\"name\":\"tool\",\"username\":\"" + target + "\"}", 403));
        cases.add(new Case("a token for nobody", admin, "POST", "/tokens", null, "application/json",
                "{\"name\":\"tool\",\"username\":\"nobody-" + StaffApi.SUFFIX + "\"}", 404));
        cases.add(new Case("another user's tokens, listed by a non-administrator", editor, "GET", "/tokens?username=" + target, null,
                null, null, 403));
        cases.add(new Case("a word for a token id", editor, "DELETE", "/tokens/abc", null, null, null, 404));
        cases.add(new Case("a token that does not exist", editor, "DELETE", "/tokens/999999999999", null, null, null, 404));
        cases.add(new Case("a token id too long", editor, "DELETE", "/tokens/" + "9".repeat(30), null, null, null, 404));
        cases.add(new Case("a wrong method on tokens", editor, "PUT", "/tokens", null, "application/json", "{\"name\":\"tool\"}", 405));
        String newUser = "{\"username\":\"input-new-" + StaffApi.SUFFIX + "\",\"displayName\":\"New\",\"password\":\"" + StaffApi.PASSWORD + "\",";
        for (String roles : new String[] {"[\"GOD\"]", "[null]", "\"ADMIN\"", "[1]"}) {
            cases.add(new Case("roles " + roles + " for a new user", admin, "POST", "/users", null, "application/json",
                    newUser + "\"roles\":" + roles + "}", 400));
            cases.add(new Case("roles " + roles + " for a user", admin, "PUT", "/users/" + target + "/roles", null,
                    "application/json", roles, 400));
        }
        for (String enabled : new String[] {"\"maybe\"", "{}", "maybe", "0", "null", "", "[false]", "\"false\"", "true false"}) {
            cases.add(new Case("enabled " + enabled, admin, "PUT", "/users/" + target + "/enabled", null, "application/json",
                    enabled, 400));
        }
        // The address and the method are checked too, and answered the same way.
        cases.add(new Case("an unknown address", editor, "GET", "/nothing-here", null, null, null, 404));
        cases.add(new Case("a word for an id", editor, "GET", "/articles/abc", null, null, null, 404));
        cases.add(new Case("a word for a breaking id", editor, "GET", "/breaking/abc", null, null, null, 404));
        cases.add(new Case("a word for a picture id", editor, "GET", "/media/abc", null, null, null, 404));
        cases.add(new Case("a wrong method", editor, "DELETE", "/breaking", null, null, null, 405));
        cases.add(new Case("a wrong method on a story", editor, "PATCH", story, etag, "application/json", "{}", 405));
        cases.add(new Case("text instead of JSON", editor, "PUT", story, etag, "text/plain", "Harbour", 415));

        List<Executable> checks = new ArrayList<>();
        for (Case c : cases) {
            HttpResponse<String> answer = c.caller().send(c.method(), c.path(), c.ifMatch(), c.contentType(), c.body());
            checks.add(() -> StaffApi.assertRefusedCleanly(c.name(), c.status(), answer));
        }
        assertAll(checks);

        // None of it changed the account or the story.
        assertTrue(StaffApi.as(target).get("/articles/sections?edition=en").statusCode() == 200, "the target can still sign in");
        Matcher account = Pattern.compile("\\{[^{}]*\"username\":\"" + Pattern.quote(target) + "\"[^{}]*}").matcher(admin.get("/users").body());
        assertTrue(account.find() && account.group().contains("\"enabled\":true"), "the target account is still enabled");
        assertEquals(etag, StaffApi.etag(editor.get(story)), "the story is unchanged");
        assertEquals("[]", editor.get("/tokens").body().strip(), "no token was made for the editor");
        assertEquals("[]", admin.get("/tokens?username=" + target).body().strip(), "no token was made for the target");
    }

    @Test
    void timesTooFarAheadAreRefusedInWords() {
        StaffApi editor = StaffApi.as(StaffApi.createAccount("input-far", "EDITOR"));
        HttpResponse<String> created = editor.post("/articles", "{\"edition\":\"en\",\"headline\":\"Far ahead " + StaffApi.SUFFIX
                + "\",\"sectionId\":" + field(editor.get("/articles/sections?edition=en").body(), "id") + "}");
        long id = Long.parseLong(field(created.body(), "id"));
        HttpResponse<String> submitted = editor.transition(id, "submit", StaffApi.etag(created));
        HttpResponse<String> approved = editor.transition(id, "approve", StaffApi.etag(submitted));
        assertEquals(200, approved.statusCode(), approved.body());
        HttpResponse<String> far = editor.send("POST", "/articles/" + id + "/transitions/schedule", StaffApi.etag(approved),
                "{\"publishAt\":\"" + Instant.now().plus(Duration.ofDays(6 * 366)) + "\"}");
        StaffApi.assertRefusedCleanly("a schedule six years ahead", 409, far);
        assertTrue(StaffApi.problem(far).detail().contains("5 years"), far.body());
        HttpResponse<String> lasting = editor.post("/breaking", "{\"edition\":\"en\",\"text\":\"Far " + StaffApi.SUFFIX
                + "\",\"expiresAt\":\"" + Instant.now().plus(Duration.ofDays(8)) + "\"}");
        StaffApi.assertRefusedCleanly("a ticker line for eight days", 400, lasting);
        assertTrue(StaffApi.problem(lasting).detail().contains("7 days"), lasting.body());
    }

    @Test
    void theEnabledFlagTakesOnlyTrueOrFalse() {
        StaffApi admin = StaffApi.admin();
        String target = StaffApi.createAccount("input-enabled", "WRITER");
        for (String notABoolean : new String[] {"\"maybe\"", "{}"}) {
            StaffApi.assertRefusedCleanly("enabled " + notABoolean, 400,
                    admin.send("PUT", "/users/" + target + "/enabled", null, notABoolean));
            assertEquals(200, StaffApi.as(target).get("/articles/sections?edition=en").statusCode(),
                    notABoolean + " left the account able to sign in");
        }
        assertEquals(200, admin.send("PUT", "/users/" + target + "/enabled", null, "false").statusCode());
        assertEquals(401, StaffApi.as(target).get("/articles/sections?edition=en").statusCode());
        assertEquals(200, admin.send("PUT", "/users/" + target + "/enabled", null, " true ").statusCode());
        assertEquals(200, StaffApi.as(target).get("/articles/sections?edition=en").statusCode());
    }

    @Test
    void aBodyOverTheLimitIs413WithOrWithoutALength() throws Exception {
        StaffApi editor = StaffApi.as(StaffApi.createAccount("input-large", "EDITOR"));
        String nested = "[".repeat(2_500_000) + "]".repeat(2_500_000);
        StaffApi.assertRefusedCleanly("5 MB of nested arrays", 413, editor.post("/articles", nested));
        // The same without Content-Length (chunked): cut off while it is read.
        byte[] bytes = ("{\"edition\":\"en\",\"headline\":\"" + "x".repeat(2_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(StaffApi.base() + "/articles"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Authorization", StaffApi.basic(editor.username(), StaffApi.PASSWORD)).build();
        StaffApi.assertRefusedCleanly("2 MB without a length", 413,
                HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString()));
        // Pictures are not JSON: their own, larger limit applies, so a 2 MB upload still goes through to the service.
        assertFalse(editor.send("POST", "/media?name=big.bin", null, "application/octet-stream", "x".repeat(2_000_000))
                .statusCode() == 413, "a picture upload is held to the media limit, not the JSON one");
    }

}
