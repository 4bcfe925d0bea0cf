package org.newsroom.it.access;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.StaffApi;

/**
 * One client of the platform, for what {@link StaffApi} does not do: a Bearer token, a
 * claimed address, many requests at once. It holds its credentials (Basic or a Bearer token, or none) and the
 * address it claims through {@code X-Forwarded-For}, which the test server believes
 * because it names 127.0.0.1 as a trusted proxy (newsroom-ear/pom.xml).
 */
record Caller(String authorization, String address) {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final String STAFF_API = "/admin/api/v1";

    static Caller basic(String username, String password, String address) {
        return new Caller(StaffApi.basic(username, password), address);
    }

    /** An account made by {@link StaffApi#createAccount}, from {@code address}. */
    static Caller account(String username, String address) {
        return basic(username, StaffApi.PASSWORD, address);
    }

    static Caller bearer(String token, String address) {
        return new Caller("Bearer " + token, address);
    }

    static Caller anonymous(String address) {
        return new Caller(null, address);
    }

    /** A fresh address from the benchmarking range (RFC 2544) for one test's client, so tests never share a breaker or a limit. */
    static String someAddress() {
        long n = System.nanoTime();
        return "198.18." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    HttpResponse<String> send(String method, String path, String json) {
        try {
            return HTTP.send(request(method, path, json), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    CompletableFuture<HttpResponse<String>> getAsync(String path) {
        return HTTP.sendAsync(request("GET", path, null), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return request.build();
    }
}
