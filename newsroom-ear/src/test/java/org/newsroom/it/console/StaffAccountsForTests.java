package org.newsroom.it.console;

import static org.newsroom.it.JsonField.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.newsroom.it.Deployments;

/** Creates staff accounts for a test run through the staff API (as admin) and calls the API as them. */
public final class StaffAccountsForTests {

    public static final String PASSWORD = "console-test-password-1";
    public static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private StaffAccountsForTests() {
    }

    public static String adminPassword() {
        String password = System.getenv("NEWSROOM_ADMIN_PASSWORD");
        assertFalse(password == null || password.isBlank(), "the build passes NEWSROOM_ADMIN_PASSWORD");
        return password;
    }

    /** A new user with one role; the name says the role and is unique to this run. */
    public static String create(String prefix, String role) {
        String username = prefix + "-" + SUFFIX;
        HttpResponse<String> created = call("admin", adminPassword(), "POST", "/users", "{\"username\":\"" + username
                + "\",\"displayName\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"]}");
        assertEquals(201, created.statusCode(), created.body());
        return username;
    }

    public static HttpResponse<String> call(String username, String password, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/admin/api/v1" + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json");
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
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

    public static HttpResponse<String> call(String username, String method, String path, String json) {
        return call(username, PASSWORD, method, path, json);
    }

    /** A workflow transition quoting the version the caller read (If-Match). */
    public static HttpResponse<String> callWithIfMatch(String username, String path, String etag) {
        return callWithIfMatch(username, "POST", path, etag, "{}");
    }

    public static HttpResponse<String> callWithIfMatch(String username, String method, String path, String etag, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/admin/api/v1" + path))
                .method(method, HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("If-Match", etag)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
