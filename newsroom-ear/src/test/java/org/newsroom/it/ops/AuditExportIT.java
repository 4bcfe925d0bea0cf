package org.newsroom.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.audit.AuditEntry;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.StaffApi;

/**
 * The audit log as JSON lines over the staff API. Runs inside the server so it can write
 * thousands of entries directly (the export reads them page by page) and then asks the
 * server over HTTP, as an auditor's script would.
 */
@ExtendWith(ArquillianExtension.class)
class AuditExportIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(AuditExportIT.class);
    }

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    @Test
    void exportStreamsEveryEntryOnceOldestFirstAsOneJsonObjectPerLine() throws Exception {
        String actor = "export-" + UUID.randomUUID().toString().substring(0, 8);
        Instant base = Instant.parse("2001-02-03T04:05:06Z");
        int count = 2_345; // more than two pages of 1000; every third entry shares its instant with the one before
        tx.begin();
        for (int i = 0; i < count; i++) {
            em.persist(new AuditEntry(base.plusSeconds(i - i / 3), actor, AuditAction.SAVE, (long) i,
                    i == 7 ? "two\nlines and \"quotes\"" : "entry " + i));
        }
        tx.commit();

        HttpResponse<String> response = export(adminPassword(), "actor=" + actor);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/x-ndjson", response.headers().firstValue("Content-Type").orElse(""));
        List<JsonObject> lines = lines(response.body());
        assertEquals(count, lines.size());
        List<Long> articles = new ArrayList<>();
        Instant previous = Instant.MIN;
        long previousId = -1;
        for (JsonObject line : lines) {
            assertEquals(actor, line.getString("actor"));
            assertEquals("SAVE", line.getString("action"));
            Instant at = Instant.parse(line.getString("occurredAt"));
            long id = line.getJsonNumber("id").longValue();
            assertTrue(at.isAfter(previous) || at.equals(previous) && id > previousId, "in (time, id) order: " + line);
            previous = at;
            previousId = id;
            articles.add(line.getJsonNumber("articleId").longValue());
        }
        assertEquals(count, articles.stream().distinct().count(), "every entry exactly once");
        assertEquals("two\nlines and \"quotes\"", lines.get(7).getString("detail"), "a line break stays inside its line");
    }

    @Test
    void sinceUntilActionAndStoryFilterTheExport() throws Exception {
        String actor = "filter-" + UUID.randomUUID().toString().substring(0, 8);
        Instant base = Instant.parse("2002-03-04T00:00:00Z");
        tx.begin();
        for (int hour = 0; hour < 24; hour++) {
            em.persist(new AuditEntry(base.plusSeconds(3600L * hour), actor, hour % 2 == 0 ? AuditAction.SUBMIT : AuditAction.APPROVE,
                    hour < 12 ? 900_001L : 900_002L, "hour " + hour));
        }
        tx.commit();
        String password = adminPassword();

        List<JsonObject> window = lines(export(password, "actor=" + actor + "&since=2002-03-04T05:00:00Z&until=2002-03-04T09:00:00Z").body());
        assertEquals(List.of("hour 5", "hour 6", "hour 7", "hour 8"), window.stream().map(j -> j.getString("detail")).toList(),
                "since inclusive, until exclusive");
        assertEquals(24, lines(export(password, "actor=" + actor + "&since=2002-03-04&until=2002-03-05").body()).size(), "days as bounds");
        List<JsonObject> approvals = lines(export(password, "actor=" + actor + "&action=APPROVE").body());
        assertEquals(12, approvals.size());
        assertTrue(approvals.stream().allMatch(j -> j.getString("action").equals("APPROVE")));
        List<JsonObject> story = lines(export(password, "actor=" + actor + "&article=900002&action=SUBMIT").body());
        assertEquals(6, story.size());
        assertTrue(story.stream().allMatch(j -> j.getJsonNumber("articleId").longValue() == 900_002L));
        HttpResponse<String> none = export(password, "actor=" + actor + "&until=2002-03-04T00:00:00Z");
        assertEquals(200, none.statusCode());
        assertEquals("", none.body(), "nothing before the first entry: an empty export, not an error");
    }

    @Test
    void onlyAdministratorsExportAndBadFiltersAreExplained() throws Exception {
        String editor = "audit-editor-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "editor-password-" + UUID.randomUUID();
        HttpResponse<String> created = send("admin", adminPassword(), "POST", "/users", "{\"username\":\"" + editor
                + "\",\"displayName\":\"Audit test editor\",\"password\":\"" + password + "\",\"roles\":[\"CHIEF_EDITOR\"]}");
        assertEquals(201, created.statusCode(), created.body());

        assertEquals(403, send(editor, password, "GET", "/audit/export", null).statusCode(), "a chief editor is not an administrator");
        assertEquals(401, send(null, null, "GET", "/audit/export", null).statusCode());
        for (String bad : List.of("since=yesterday", "until=2002-13-45", "action=DELETE_EVERYTHING", "article=abc",
                "since=2002-03-05&until=2002-03-04")) {
            HttpResponse<String> refused = export(adminPassword(), bad);
            assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""), bad);
            assertFalse(refused.body().contains("Exception"), "no stack trace or class name: " + refused.body());
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static List<JsonObject> lines(String body) {
        List<JsonObject> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isEmpty()) {
                try (JsonReader reader = Json.createReader(new StringReader(line))) {
                    lines.add(reader.readObject()); // fails on anything but one complete JSON object
                }
            }
        }
        assertTrue(body.isEmpty() || body.endsWith("\n"), "every line ends with a line break");
        return lines;
    }

    private static HttpResponse<String> export(String adminPassword, String query) throws Exception {
        StringBuilder encoded = new StringBuilder();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            encoded.append(encoded.isEmpty() ? "" : "&").append(pair, 0, eq + 1)
                    .append(URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return send("admin", adminPassword, "GET", "/audit/export?" + encoded, null);
    }

    private static HttpResponse<String> send(String user, String password, String method, String path, String json) throws Exception {
        StaffApi caller = user == null ? StaffApi.anonymous() : StaffApi.as(user, password);
        return caller.accepting(path.startsWith("/audit/export") ? "application/x-ndjson, application/problem+json" : "application/json")
                .send(method, path, null, json);
    }

    private static String adminPassword() {
        String password = System.getenv("NEWSROOM_ADMIN_PASSWORD");
        assertFalse(password == null || password.isBlank(), "the build gives the server NEWSROOM_ADMIN_PASSWORD");
        return password;
    }
}
