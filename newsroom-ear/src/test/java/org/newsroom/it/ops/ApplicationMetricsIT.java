package org.newsroom.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.Management;
import org.newsroom.it.support.StaffApi;

/**
 * The application's own series on the Prometheus endpoint (management interface) move
 * with real traffic: page types, page-cache hits and misses, open reader streams,
 * publications by editors and by the scheduler, and the scheduler's lag. The JMS queue
 * series come from the messaging subsystem.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApplicationMetricsIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void applicationSeriesMoveWithTraffic() throws Exception {
        String before = scrape();
        String fresh = UUID.randomUUID().toString().substring(0, 8);
        assertEquals(200, get("/en/?metrics=" + fresh).statusCode());
        HttpResponse<String> second = get("/en/?metrics=" + fresh);
        assertEquals("HIT", second.headers().firstValue("X-Cache").orElse(""), "the same page again comes from the cache");
        assertEquals(200, get("/en/search?q=metrics").statusCode());
        assertEquals(200, get("/api/v1/editions").statusCode());

        // A reader stream, held open while the registry is read.
        HttpResponse<Stream<String>> stream = HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl()
                        + "/api/v1/breaking/stream?edition=en")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, stream.statusCode());
        String during;
        try {
            during = scrape();
        } finally {
            stream.body().close();
        }
        assertTrue(value(during, "newsroom_sse_streams_open", "") >= 1, "open streams while one is open: " + ours(during));

        // An editor publishes one story; the scheduler publishes another.
        long sectionId = Long.parseLong(field(staff("GET", "/articles/sections?edition=en", null, null).body(), "id"));
        String[] now = approved(sectionId, "now " + fresh);
        assertEquals(200, staff("POST", "/articles/" + now[0] + "/transitions/publish", now[1], "{}").statusCode());
        String[] later = approved(sectionId, "later " + fresh);
        HttpResponse<String> scheduled = staff("POST", "/articles/" + later[0] + "/transitions/schedule", later[1],
                "{\"publishAt\":\"" + Instant.now().plusSeconds(2) + "\"}");
        assertEquals(200, scheduled.statusCode(), scheduled.body());
        Instant deadline = Instant.now().plusSeconds(30);
        while (!field(staff("GET", "/articles/" + later[0], null, null).body(), "status").equals("PUBLISHED")) {
            assertTrue(Instant.now().isBefore(deadline), "the scheduler published the story");
            TimeUnit.MILLISECONDS.sleep(250);
        }

        String after = scrape();
        for (String page : new String[] {"home", "search", "api", "stream"}) {
            assertMoved(before, after, "newsroom_reader_requests_total", "page=\"" + page + "\"", page.equals("home") ? 2 : 1);
        }
        assertMoved(before, after, "newsroom_page_cache_requests_total", "outcome=\"miss\"", 1);
        assertMoved(before, after, "newsroom_page_cache_requests_total", "outcome=\"hit\"", 1);
        assertMoved(before, after, "newsroom_publications_total", "by=\"editor\"", 1);
        assertMoved(before, after, "newsroom_publications_total", "by=\"scheduler\"", 1);
        assertMoved(before, after, "newsroom_scheduler_lag_seconds_count", "", 1);
        assertTrue(value(after, "newsroom_scheduler_lag_seconds_max", "") >= 0);
        for (String queue : new String[] {"newsroom.breaking.inbox", "newsroom.breaking.dead"}) {
            assertTrue(value(after, "messaging_activemq_message_count", "name=\"" + queue + "\"") >= 0, queue);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static String scrape() throws Exception {
        HttpResponse<String> response = Management.get("/prometheus");
        assertEquals(200, response.statusCode());
        return response.body();
    }

    /** The sum of a series over the lines whose labels contain {@code labels}; -1 when there is none. */
    static double value(String metrics, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([-+0-9.eE]+|NaN)$").matcher(metrics);
        double sum = 0;
        boolean found = false;
        while (m.find()) {
            String tags = m.group(1) == null ? "" : m.group(1);
            if (tags.contains(labels) && !m.group(2).equals("NaN")) {
                sum += Double.parseDouble(m.group(2));
                found = true;
            }
        }
        return found ? sum : -1;
    }

    private static String ours(String metrics) {
        return String.join("\n", metrics.lines().filter(line -> line.startsWith("newsroom_")).toList());
    }

    private static void assertMoved(String before, String after, String name, String labels, double atLeast) {
        double then = Math.max(0, value(before, name, labels));
        double now = value(after, name, labels);
        assertFalse(now < 0, name + "{" + labels + "} is not exported:\n" + ours(after));
        assertTrue(now - then >= atLeast, name + "{" + labels + "} went from " + then + " to " + now + "\n" + ours(after));
    }

    private static String[] approved(long sectionId, String headline) {
        HttpResponse<String> created = staff("POST", "/articles", null,
                "{\"edition\":\"en\",\"headline\":\"Metrics story " + headline + "\",\"sectionId\":" + sectionId + "}");
        assertEquals(201, created.statusCode(), created.body());
        String id = field(created.body(), "id");
        String etag = created.headers().firstValue("ETag").orElseThrow();
        for (String step : new String[] {"submit", "approve"}) {
            HttpResponse<String> next = staff("POST", "/articles/" + id + "/transitions/" + step, etag, "{}");
            assertEquals(200, next.statusCode(), next.body());
            etag = next.headers().firstValue("ETag").orElseThrow();
        }
        return new String[] {id, etag};
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> staff(String method, String path, String ifMatch, String json) {
        return StaffApi.admin().send(method, path, ifMatch, json);
    }
}
