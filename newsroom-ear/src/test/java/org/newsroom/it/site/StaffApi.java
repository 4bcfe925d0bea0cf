package org.newsroom.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newsroom.it.JsonField.field;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.newsroom.it.Deployments;

/** Prepares accounts and stories for the browser tests through the staff API (HTTP Basic). */
final class StaffApi {

    static final String PASSWORD = "Site-test-password-7";
    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private StaffApi() {
    }

    static String adminPassword() {
        String password = System.getenv("NEWSROOM_ADMIN_PASSWORD");
        assertFalse(password == null || password.isBlank(), "the build passes NEWSROOM_ADMIN_PASSWORD");
        return password;
    }

    /** A new account with one role and {@link #PASSWORD}; the name is unique to this run. */
    static String account(String prefix, String role) {
        String username = prefix + "-" + SUFFIX;
        HttpResponse<String> created = send("admin", adminPassword(), "POST", "/users", null, "{\"username\":\"" + username
                + "\",\"displayName\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"]}");
        assertEquals(201, created.statusCode(), created.body());
        return username;
    }

    /** A story of the English edition, approved and scheduled for {@code publishAt} by {@code editor}; returns its id. */
    static long scheduledStory(String editor, String headline, Instant publishAt) {
        String sectionId = field(send(editor, PASSWORD, "GET", "/articles/sections?edition=en", null, null).body(), "id");
        HttpResponse<String> created = send(editor, PASSWORD, "POST", "/articles", null,
                "{\"edition\":\"en\",\"headline\":\"" + headline + "\",\"sectionId\":" + sectionId + "}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(field(created.body(), "id"));
        HttpResponse<String> step = created;
        for (String[] transition : new String[][] {{"submit", "{}"}, {"approve", "{}"},
                {"schedule", "{\"publishAt\":\"" + publishAt + "\"}"}}) {
            step = send(editor, PASSWORD, "POST", "/articles/" + id + "/transitions/" + transition[0],
                    step.headers().firstValue("ETag").orElseThrow(), transition[1]);
            assertEquals(200, step.statusCode(), step.body());
        }
        return id;
    }

    static String article(String user, long id) {
        return send(user, PASSWORD, "GET", "/articles/" + id, null, null).body();
    }

    static HttpResponse<String> send(String username, String password, String method, String path, String ifMatch, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/admin/api/v1" + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
