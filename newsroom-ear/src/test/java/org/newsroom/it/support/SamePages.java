package org.newsroom.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two servers that should serve the same site (the original and a restored or imported copy)
 * compared page by page: the same bytes but for the host name in absolute links. Read as a robot,
 * so the comparison itself counts no read on either.
 */
public final class SamePages {

    private static final Pattern ARTICLE_URL = Pattern.compile("\"url\"\\s*:\\s*\"https?://[^/\"]+(/[a-z]{2}/[^\"]+)\"");

    private SamePages() {
    }

    /**
     * What readers see first: each edition's home, the public API's editions and English list,
     * the Atom feed, the sitemap, and the newest English articles with their sections.
     */
    public static Set<String> readerPaths(String original, int articles) throws Exception {
        Set<String> paths = new LinkedHashSet<>(List.of("/en/", "/es/", "/ar/", "/api/v1/editions",
                "/api/v1/articles?edition=en", "/api/v1/articles?edition=es", "/feeds/en/feed.atom", "/sitemap.xml"));
        String list = fetch(original + "/api/v1/articles?edition=en&size=" + articles);
        Matcher url = ARTICLE_URL.matcher(list);
        while (url.find()) {
            paths.add(url.group(1)); // article pages
            paths.add(url.group(1).substring(0, url.group(1).lastIndexOf('/') + 1)); // and their sections
        }
        assertTrue(paths.size() >= 10, "no articles listed by the original: " + list);
        return paths;
    }

    /** Every path answers 200 on both with the same body, host names aside; returns how many were compared. */
    public static int assertSame(String original, String copy, Set<String> paths, String what) throws Exception {
        for (String path : paths) {
            String expected = normalized(fetch(original + path), original);
            String actual = normalized(fetch(copy + path), copy);
            assertEquals(expected, actual, path + " differs " + what);
        }
        return paths.size();
    }

    /** The body of a 200 answer, read as a robot (never counted as a read). */
    public static String fetch(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("User-Agent", "Googlebot/2.1 (Newsroom comparison test)").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url);
        return response.body();
    }

    /** Absolute links name the host that was asked, plain or URL-encoded (the share links carry the page's address). */
    static String normalized(String body, String base) {
        URI uri = URI.create(base);
        String normalized = body;
        for (String host : List.of(uri.getHost(), "localhost", "127.0.0.1")) {
            normalized = normalized.replace(host + ":" + uri.getPort(), "HOST").replace(host + "%3A" + uri.getPort(), "HOST");
        }
        return normalized;
    }
}
