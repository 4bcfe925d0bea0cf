package org.newsroom.it.speed;

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
import org.newsroom.it.Deployments;

/** Publishes and unpublishes stories through the staff API as {@code admin}, the way an editor's tools do. */
final class Newsdesk {

    record Story(long id, String etag, String headline) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String authorization;

    Newsdesk() {
        String password = System.getenv("NEWSROOM_ADMIN_PASSWORD");
        assertFalse(password == null || password.isBlank(), "the build passes NEWSROOM_ADMIN_PASSWORD");
        authorization = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    Story publish(long sectionId, String headline) {
        HttpResponse<String> created = send("POST", "/articles", null,
                "{\"edition\":\"en\",\"headline\":\"" + headline + "\",\"sectionId\":" + sectionId + ",\"desk\":\"speed\"}");
        assertEquals(201, created.statusCode(), created.body());
        Story story = new Story(Long.parseLong(field(created.body(), "id")), etag(created), headline);
        for (String step : new String[] {"submit", "approve", "publish"}) {
            story = transition(story, step);
        }
        return story;
    }

    Story transition(Story story, String name) {
        HttpResponse<String> response = send("POST", "/articles/" + story.id() + "/transitions/" + name, story.etag(), "{}");
        assertEquals(200, response.statusCode(), name + ": " + response.body());
        return new Story(story.id(), etag(response), story.headline());
    }

    /** Sections of the English edition as {@code id slug} pairs, in the API's order. */
    String sections() {
        HttpResponse<String> response = send("GET", "/articles/sections?edition=en", null, null);
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private HttpResponse<String> send(String method, String path, String ifMatch, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/admin/api/v1" + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json")
                .header("Authorization", authorization);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
