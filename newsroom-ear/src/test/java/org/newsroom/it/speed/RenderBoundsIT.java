package org.newsroom.it.speed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;

/**
 * Hits are answered ahead of the servlet container (the page cache's Undertow handler, on
 * the IO threads) and renders are bounded ({@code newsroom.render.limit}, changed on the
 * running server through the management API and always put back). With no render turn, a
 * page the cache holds still answers and anything else gets a 503 with Retry-After, at once
 * rather than after a pile-up; and while every worker thread waits for a turn, a cached
 * page is still answered in a moment, which only a hit that never needs a worker can be.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RenderBoundsIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final AtomicInteger PAGES = new AtomicInteger();
    private static final String LIMIT = "newsroom.render.limit";
    private static final String WAIT = "newsroom.render.wait.millis";
    private static final String CACHE = "newsroom.page.cache";
    /** The test server's newsroom.page.cache.ttl.seconds (the default). */
    private static final long TIME_TO_LIVE_MILLIS = 10_000;

    /** HTTP/1.1, one connection per request in flight, as browsers and wrk speak to WildFly. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private HttpRequest request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.build();
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        return http.send(request(path, headers), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String cacheOutcome(HttpResponse<?> response) {
        return response.headers().firstValue("X-Cache").orElse("none");
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** A page nobody asked for yet: its own query string makes its own cache entry. */
    private static String freshPage(String page) {
        return page + "?bounds=" + RUN + "-" + PAGES.incrementAndGet();
    }

    /** Renders the page and asks again until the cache answers; returns the render's response (the MISS). */
    private HttpResponse<byte[]> renderAndKeep(String path) throws Exception {
        HttpResponse<byte[]> rendered = get(path);
        assertEquals(200, rendered.statusCode(), path);
        assertEquals("MISS", cacheOutcome(rendered), path);
        for (int i = 0; i < 30 && !cacheOutcome(get(path)).equals("HIT"); i++) {
            Thread.sleep(100); // a page rendered right after a publish that names it is not kept for half a second
        }
        assertEquals("HIT", cacheOutcome(get(path)), path + " was not kept");
        return rendered;
    }

    @Test
    void aHitFromAheadOfTheServletsIsTheRenderedAnswerByteForByte() throws Exception {
        String path = freshPage("/en/about/");
        HttpResponse<byte[]> rendered = renderAndKeep(path);
        HttpResponse<byte[]> hit = get(path);

        assertEquals("HIT", cacheOutcome(hit));
        assertEquals(200, hit.statusCode());
        assertArrayEquals(rendered.body(), hit.body());
        for (String name : List.of("ETag", "Content-Type", "Content-Length", "Cache-Control", "Vary", "Surrogate-Key",
                "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options", "Content-Security-Policy")) {
            assertEquals(header(rendered, name), header(hit, name), name);
            assertTrue(header(hit, name) != null, name + " missing on a hit");
        }
        assertTrue(header(hit, "Content-Encoding") == null, "gzip sent to a reader who did not ask for it");

        HttpResponse<byte[]> gzipped = get(path, "Accept-Encoding", "gzip, deflate");
        assertEquals("HIT", cacheOutcome(gzipped));
        assertEquals("gzip", header(gzipped, "Content-Encoding"));
        assertEquals(Integer.toString(gzipped.body().length), header(gzipped, "Content-Length"));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertArrayEquals(rendered.body(), in.readAllBytes());
        }
        HttpResponse<byte[]> refused = get(path, "Accept-Encoding", "gzip;q=0, identity");
        assertTrue(header(refused, "Content-Encoding") == null);
        assertArrayEquals(rendered.body(), refused.body());

        String etag = header(rendered, "ETag");
        HttpResponse<byte[]> unchanged = get(path, "If-None-Match", "\"other\", " + etag);
        assertEquals(304, unchanged.statusCode());
        assertEquals(0, unchanged.body().length);
        assertEquals(etag, header(unchanged, "ETag"));
        assertEquals("HIT", cacheOutcome(unchanged));
        assertEquals("nosniff", header(unchanged, "X-Content-Type-Options"));

        HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals("HIT", cacheOutcome(head));
        assertEquals(0, head.body().length);
        assertEquals(header(rendered, "Content-Length"), header(head, "Content-Length"));
        assertEquals(etag, header(head, "ETag"));
    }

    @Test
    void withNoRenderTurnAMissIs503AndACachedPageStillAnswers() throws Exception {
        String cached = freshPage("/en/contact/");
        HttpResponse<byte[]> rendered = renderAndKeep(cached);
        String apiMiss = freshPage("/api/v1/editions");
        try {
            setProperty(WAIT, "200");
            setProperty(LIMIT, "0");

            long asked = System.nanoTime();
            HttpResponse<byte[]> refused = get(freshPage("/en/about/"));
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
            assertRefused(refused);
            assertTrue(header(refused, "Content-Type").startsWith("text/html"), header(refused, "Content-Type"));
            assertTrue(millis < 5_000, "refused only after " + millis + " ms");

            HttpResponse<byte[]> apiRefused = get(apiMiss);
            assertRefused(apiRefused);
            assertTrue(header(apiRefused, "Content-Type").startsWith("application/problem+json"), header(apiRefused, "Content-Type"));
            assertTrue(new String(apiRefused.body(), StandardCharsets.UTF_8).contains("\"status\":503"));

            HttpResponse<byte[]> hit = get(cached);
            assertEquals(200, hit.statusCode());
            assertTrue(List.of("HIT", "STALE").contains(cacheOutcome(hit)), cacheOutcome(hit));
            assertArrayEquals(rendered.body(), hit.body());
        } finally {
            setProperty(LIMIT, null);
            setProperty(WAIT, null);
        }
        assertEquals(200, get(apiMiss).statusCode(), "the limit is back, yet the API was not answered");
        HttpResponse<byte[]> again = get(freshPage("/en/about/"));
        assertEquals(200, again.statusCode(), "the limit is back, yet the page was not rendered");
        assertEquals("MISS", cacheOutcome(again));
    }

    private static void assertRefused(HttpResponse<byte[]> response) {
        assertEquals(503, response.statusCode());
        String retryAfter = header(response, "Retry-After");
        assertTrue(retryAfter != null && Integer.parseInt(retryAfter) > 0, "Retry-After: " + retryAfter);
        assertEquals("none", cacheOutcome(response));
        assertTrue(header(response, "Cache-Control").contains("no-store"));
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertTrue(body.length() > 0 && body.length() < 2_000, body);
        assertFalse(body.contains("Exception") || body.contains("at org."), "a stack trace: " + body);
    }

    /**
     * A stale page is re-rendered by exactly one request. With no render turn, that one
     * waits for its turn and then gets the old copy ({@code STALE}); meanwhile every other
     * request gets the old copy at once ({@code HIT}); once renders are allowed again, the
     * next request re-renders it.
     */
    @Test
    void aStalePageIsReRenderedByOneRequestAndTheOthersGetTheOldCopy() throws Exception {
        String path = freshPage("/es/contact/");
        HttpResponse<byte[]> rendered = renderAndKeep(path);
        Thread.sleep(TIME_TO_LIVE_MILLIS + 500);
        try {
            setProperty(WAIT, "3000");
            setProperty(LIMIT, "0");
            CompletableFuture<HttpResponse<byte[]>> reRendering = http.sendAsync(request(path), HttpResponse.BodyHandlers.ofByteArray());
            Thread.sleep(500);
            assertFalse(reRendering.isDone(), "the request holding the re-render did not wait for a turn");

            long asked = System.nanoTime();
            HttpResponse<byte[]> other = get(path);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
            assertEquals("HIT", cacheOutcome(other));
            assertArrayEquals(rendered.body(), other.body());
            assertTrue(millis < 1_500, "another reader of the stale page waited " + millis + " ms");

            HttpResponse<byte[]> refusedTurn = reRendering.get(30, TimeUnit.SECONDS);
            assertEquals(200, refusedTurn.statusCode());
            assertEquals("STALE", cacheOutcome(refusedTurn));
            assertArrayEquals(rendered.body(), refusedTurn.body());
            assertEquals(header(rendered, "ETag"), header(refusedTurn, "ETag"));
        } finally {
            setProperty(LIMIT, null);
            setProperty(WAIT, null);
        }
        HttpResponse<byte[]> reRendered = get(path);
        assertEquals("MISS", cacheOutcome(reRendered), "the stale page was not re-rendered once renders were allowed again");
        assertEquals("HIT", cacheOutcome(get(path)));
    }

    /**
     * Every worker thread of the server waits for a render turn (more misses than workers,
     * none allowed to render, a long wait): a cached page is answered in a moment all the
     * same. Through the servlet container it would queue behind the misses for seconds.
     */
    @Test
    void hitsNeverWaitBehindRenders() throws Exception {
        String cached = freshPage("/en/privacy/");
        renderAndKeep(cached);
        int misses = workerThreads() + 8;
        List<CompletableFuture<HttpResponse<byte[]>>> waiting = new ArrayList<>();
        try {
            setProperty(WAIT, "4000");
            setProperty(LIMIT, "0");
            for (int i = 0; i < misses; i++) {
                waiting.add(http.sendAsync(request(freshPage("/en/about/")), HttpResponse.BodyHandlers.ofByteArray()));
            }
            Thread.sleep(1_000); // every worker is now waiting for a turn

            long asked = System.nanoTime();
            HttpResponse<byte[]> hit = get(cached);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - asked);
            assertEquals(200, hit.statusCode());
            assertEquals("HIT", cacheOutcome(hit));
            assertTrue(millis < 1_500, "a hit waited " + millis + " ms behind " + misses + " renders waiting for a turn");
            assertTrue(waiting.stream().filter(CompletableFuture::isDone).count() < misses, "the misses were not waiting");

            for (CompletableFuture<HttpResponse<byte[]>> miss : waiting) {
                assertRefused(miss.get(60, TimeUnit.SECONDS));
            }
        } finally {
            setProperty(LIMIT, null);
            setProperty(WAIT, null);
            for (CompletableFuture<HttpResponse<byte[]>> miss : waiting) {
                miss.handle((response, failure) -> null).get(60, TimeUnit.SECONDS);
            }
        }
        assertEquals(200, get(freshPage("/en/about/")).statusCode(), "the limit is back, yet the page was not rendered");
    }

    @Test
    void switchingTheCacheOffOnARunningServerSwitchesOffTheHitsAheadOfTheServlets() throws Exception {
        String path = freshPage("/ar/about/");
        HttpResponse<byte[]> rendered = renderAndKeep(path);
        try {
            setProperty(CACHE, "false");
            HttpResponse<byte[]> uncached = get(path);
            assertEquals(200, uncached.statusCode());
            assertEquals("none", cacheOutcome(uncached), "answered from the cache while it was switched off");
        } finally {
            setProperty(CACHE, null);
        }
        HttpResponse<byte[]> back = get(path);
        assertEquals("HIT", cacheOutcome(back));
        assertArrayEquals(rendered.body(), back.body());
    }

    /** The largest number of worker threads the server's default worker runs requests on. */
    private int workerThreads() throws Exception {
        ModelNode read = new ModelNode();
        read.get("operation").set("read-attribute");
        read.get("address").add("subsystem", "io").add("worker", "default");
        read.get("name").set("max-pool-size");
        ModelNode result = management.getControllerClient().execute(read);
        assertEquals("success", result.get("outcome").asString(), result.toString());
        return result.get("result").asInt();
    }

    /** Adds, or with null removes, a system property on the running server. */
    private void setProperty(String name, String value) throws Exception {
        ModelNode remove = new ModelNode();
        remove.get("operation").set("remove");
        remove.get("address").add("system-property", name);
        management.getControllerClient().execute(remove);
        if (value != null) {
            ModelNode add = new ModelNode();
            add.get("operation").set("add");
            add.get("address").add("system-property", name);
            add.get("value").set(value);
            ModelNode result = management.getControllerClient().execute(add);
            assertEquals("success", result.get("outcome").asString(), result.toString());
        }
    }
}
