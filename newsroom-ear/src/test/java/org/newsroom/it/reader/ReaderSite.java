package org.newsroom.it.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsroom.it.Deployments;

/** A reader's HTTP client: no redirects followed, so tests see the 301s and 302s themselves. */
final class ReaderSite {

    /** A browser's User-Agent, so reads count; the default Java client would be treated as a robot. */
    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A page that must answer 200 without a cookie; parsed for the test to look into. */
    Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), "status of " + path);
        assertFalse(response.headers().firstValue("Set-Cookie").isPresent(), "cookie set by " + path);
        return Jsoup.parse(response.body(), Deployments.baseUrl() + path);
    }

    /** Path and query of a link found on a page. */
    static String pathOf(String absoluteUrl) {
        URI uri = URI.create(absoluteUrl);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
