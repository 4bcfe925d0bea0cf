package org.newsroom.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The staff API ({@code /admin/api/v1}) as one signed-in user (HTTP Basic), or as nobody.
 * Owns the test accounts' credentials: {@link #createAccount} makes a user with one role and
 * {@link #PASSWORD}, {@link #as} calls as them, {@link #admin()} as the built-in administrator.
 * Reads answers as JSON ({@link #json}, inside the server) and refusals as RFC 9457 problems ({@link #problem}).
 */
public final class StaffApi {

    /** The password of every account {@link #createAccount} makes. */
    public static final String PASSWORD = "Staff-test-password-7";
    /** Unique to this test run: account names and test data carry it so runs never collide. */
    public static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String username;
    private final String password;
    private final String accept;
    /** The staff API's base URL: the server under test's, unless {@link #on} named another server. */
    private final String base;

    private StaffApi(String username, String password) {
        this(username, password, "application/json", null);
    }

    private StaffApi(String username, String password, String accept, String base) {
        this.username = username;
        this.password = password;
        this.accept = accept;
        this.base = base;
    }

    /** The same caller asking for other media types (an export, a feed) instead of JSON. */
    public StaffApi accepting(String mediaTypes) {
        return new StaffApi(username, password, mediaTypes, base);
    }

    /** A caller of another server's staff API (a {@link SecondServer}, at {@code siteUrl}). */
    public static StaffApi on(String siteUrl, String username, String password) {
        return new StaffApi(username, password, "application/json", siteUrl + "/admin/api/v1");
    }

    /** The built-in administrator, whose password the build passes in NEWSROOM_ADMIN_PASSWORD. */
    public static StaffApi admin() {
        return new StaffApi("admin", adminPassword());
    }

    /** An account made by {@link #createAccount}. */
    public static StaffApi as(String username) {
        return new StaffApi(username, PASSWORD);
    }

    public static StaffApi as(String username, String password) {
        return new StaffApi(username, password);
    }

    /** No credentials at all. */
    public static StaffApi anonymous() {
        return new StaffApi(null, null);
    }

    public static String adminPassword() {
        String password = System.getenv("NEWSROOM_ADMIN_PASSWORD");
        assertFalse(password == null || password.isBlank(), "the build passes NEWSROOM_ADMIN_PASSWORD");
        return password;
    }

    /** A new user with one role and {@link #PASSWORD}; the name says the role and is unique to this run. */
    public static String createAccount(String prefix, String role) {
        String username = prefix + "-" + SUFFIX;
        HttpResponse<String> created = admin().post("/users", "{\"username\":\"" + username
                + "\",\"displayName\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"roles\":[\"" + role + "\"]}");
        assertEquals(201, created.statusCode(), created.body());
        return username;
    }

    public String username() {
        return username;
    }

    public static String base() {
        return Deployments.baseUrl() + "/admin/api/v1";
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    public HttpResponse<String> post(String path, String json) {
        return send("POST", path, null, json);
    }

    /** {@code method} on {@code path} with a JSON body (or none: {@code null}). */
    public HttpResponse<String> call(String method, String path, String json) {
        return send(method, path, null, json);
    }

    /** A call quoting the version the caller read ({@code If-Match}, or none: {@code null}). */
    public HttpResponse<String> send(String method, String path, String ifMatch, String json) {
        return send(method, path, ifMatch, "application/json", json);
    }

    /** The same with any content type, for bodies that are not what they claim to be. */
    public HttpResponse<String> send(String method, String path, String ifMatch, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create((base == null ? base() : base) + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", accept);
        if (username != null) {
            request.header("Authorization", basic(username, password));
        }
        if (body != null) {
            request.header("Content-Type", contentType);
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

    /** A workflow transition (POST with an empty object) quoting the version the caller read. */
    public HttpResponse<String> transition(long articleId, String name, String etag) {
        return send("POST", "/articles/" + articleId + "/transitions/" + name, etag, "{}");
    }

    /** The value of an {@code Authorization} header for HTTP Basic. */
    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A story of the English edition, approved and scheduled for {@code publishAt} by this user; returns its id. */
    public long scheduledStory(String headline, Instant publishAt) {
        String sectionId = field(get("/articles/sections?edition=en").body(), "id");
        HttpResponse<String> created = post("/articles",
                "{\"edition\":\"en\",\"headline\":\"" + headline + "\",\"sectionId\":" + sectionId + "}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(field(created.body(), "id"));
        HttpResponse<String> step = created;
        for (String[] transition : new String[][] {{"submit", "{}"}, {"approve", "{}"},
                {"schedule", "{\"publishAt\":\"" + publishAt + "\"}"}}) {
            step = send("POST", "/articles/" + id + "/transitions/" + transition[0], etag(step), transition[1]);
            assertEquals(200, step.statusCode(), step.body());
        }
        return id;
    }

    public static String etag(HttpResponse<?> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    /** A string as a JSON string literal. */
    public static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The answer as a JSON object; inside the server only, where a JSON-P implementation is at hand. */
    public static JsonObject json(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    /** What must never appear in an answer: exception names, packages, SQL, the frameworks' own codes, an HTML page. */
    private static final List<String> TRACES = List.of("Exception", "org.", "java.", "SQL", "RESTEASY", "could not execute",
            "Yasson", "Hibernate", "<html", "<!DOCTYPE");
    /** A stack frame ("at org.x.Y.method(Y.java:12)"); plain English may say "at". */
    private static final Pattern FRAME = Pattern.compile("\\bat [a-zA-Z_$][\\w$]*(\\.[\\w$]+)+\\(");

    /**
     * Checks a refusal the way both APIs promise it: this status, a problem document with a detail
     * to read, and nothing of the server's insides anywhere in the body. {@code name} says which case.
     */
    public static Problem assertRefusedCleanly(String name, int status, HttpResponse<String> answer) {
        assertEquals(status, answer.statusCode(), name + ": " + answer.body());
        Problem problem = problem(answer);
        assertFalse(problem.detail().isBlank(), name + ": a detail to read");
        for (String trace : TRACES) {
            assertFalse(answer.body().contains(trace), name + ": \"" + trace + "\" in " + answer.body());
        }
        assertFalse(FRAME.matcher(answer.body()).find(), name + ": a stack frame in " + answer.body());
        return problem;
    }

    /** A refusal as the API states it (RFC 9457): its status, a title and a detail an editor can read; {@code body} as sent. */
    public record Problem(int status, String title, String detail, String body) {
    }

    /**
     * The answer read as a problem, after checking that it is one: the media type and the status it
     * repeats. Read with {@link JsonField}, so it works outside the server too, where the tests have
     * no JSON-P implementation.
     */
    public static Problem problem(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/problem+json"), "a problem, not " + type + ": " + response.body());
        String body = response.body();
        assertEquals(Integer.toString(response.statusCode()), field(body, "status"), "the problem repeats the status: " + body);
        return new Problem(response.statusCode(), field(body, "title"), field(body, "detail"), body);
    }
}
