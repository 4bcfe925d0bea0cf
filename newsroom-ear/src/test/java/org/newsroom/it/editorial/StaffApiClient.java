package org.newsroom.it.editorial;

import static org.newsroom.it.JsonField.field;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.newsroom.it.Deployments;

/** A tiny HTTP client for the staff API, signed in as one user (HTTP Basic). */
final class StaffApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    final String username;
    private final String password;

    StaffApiClient(String username, String password) {
        this.username = username;
        this.password = password;
    }

    static String base() {
        return Deployments.baseUrl() + "/admin/api/v1";
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    HttpResponse<String> post(String path, String json) {
        return send("POST", path, null, json);
    }

    HttpResponse<String> send(String method, String path, String ifMatch, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json");
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
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

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
