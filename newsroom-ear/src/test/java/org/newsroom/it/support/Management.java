package org.newsroom.it.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** HTTP GETs against the management interface of the server under test (health, metrics). */
public final class Management {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Management() {
    }

    /** e.g. {@code http://127.0.0.1:10090}: the same port Arquillian manages the server on. */
    public static String baseUrl() {
        return "http://127.0.0.1:" + System.getProperty("server.management.port", "10090");
    }

    public static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
