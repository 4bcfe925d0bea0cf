package org.newsroom.it.speed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;

/**
 * The page cache over HTTP, observed through {@code X-Cache}. Other tests publish into the
 * same database, so nothing here assumes which story is newest: each test publishes its own
 * story and looks for its headline.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageCacheIT {

    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    private static final AtomicInteger STORIES = new AtomicInteger();

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String cacheOutcome(HttpResponse<byte[]> response) {
        return response.headers().firstValue("X-Cache").orElse("none");
    }

    /**
     * Asks until the page is answered from the cache. Right after a change that names it, a page
     * is rendered but not kept for half a second (PageCache.SETTLE), hence the pauses.
     */
    private HttpResponse<byte[]> cached(String path) throws Exception {
        for (int i = 0; i < 30; i++) {
            HttpResponse<byte[]> response = get(path);
            assertEquals(200, response.statusCode(), path);
            if (cacheOutcome(response).equals("HIT")) {
                return response;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " never came from the cache");
    }

    /** Asks until the page satisfies the condition; a publish reaches the cache through JMS, not at once. */
    private HttpResponse<byte[]> eventually(String path, Predicate<HttpResponse<byte[]>> condition, String failure)
            throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        HttpResponse<byte[]> response;
        do {
            response = get(path);
            if (condition.test(response)) {
                return response;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(failure + " (" + path + ", status " + response.statusCode() + ")");
    }

    private static String headline() {
        return "Cache test story " + RUN + " " + STORIES.incrementAndGet();
    }

    /** An English subsection, its top-level section (whose page lists it too) and another top-level section. */
    private record Sections(long childId, String childPath, String parentPath, String unrelatedPath) {
    }

    private Sections sections() throws Exception {
        List<String> tops = new ArrayList<>();
        for (Element link : Jsoup.parse(text(get("/en/"))).select("nav.main-menu a[href~=^/en/[a-z0-9-]+/$]")) {
            tops.add(link.attr("href"));
        }
        String api = new Newsdesk().sections();
        for (String parent : tops) {
            for (Element link : Jsoup.parse(text(get(parent))).select("a[href~=^" + parent + "[a-z0-9-]+/$]")) {
                String child = link.attr("href");
                String slug = child.substring(parent.length(), child.length() - 1);
                Long id = sectionId(api, slug);
                String unrelated = tops.stream().filter(p -> !p.equals(parent)).findFirst().orElse(null);
                if (id != null && unrelated != null) {
                    return new Sections(id, child, parent, unrelated);
                }
            }
        }
        throw new AssertionError("no English subsection found below " + tops);
    }

    /** The id of the section with this slug in the staff API's list (field order is the API's business). */
    private static Long sectionId(String json, String slug) {
        Matcher object = Pattern.compile("\\{[^{}]*\\}").matcher(json);
        while (object.find()) {
            String section = object.group();
            if (section.matches("(?s).*\"slug\"\\s*:\\s*\"" + Pattern.quote(slug) + "\".*")) {
                return Long.parseLong(org.newsroom.it.support.JsonField.field(section, "id"));
            }
        }
        return null;
    }

    @Test
    void aPublishDropsExactlyThePagesThatShowTheStory() throws Exception {
        Sections s = sections();
        for (String page : List.of("/en/", s.childPath(), s.parentPath(), s.unrelatedPath(), "/en/about/", "/es/")) {
            cached(page);
        }
        String headline = headline();
        long published = System.nanoTime();
        new Newsdesk().publish(s.childId(), headline);

        eventually("/en/", r -> text(r).contains(headline), "the home page never showed the new story");
        long millis = (System.nanoTime() - published) / 1_000_000;
        assertTrue(millis < 3000, "the home page showed the story only after " + millis + " ms");
        // Checked at once: a page older than the time to live (10 s) is re-rendered anyway.
        for (String untouched : List.of(s.unrelatedPath(), "/en/about/", "/es/")) {
            HttpResponse<byte[]> page = get(untouched);
            assertEquals("HIT", cacheOutcome(page), untouched + " does not show the story and should have stayed cached");
            assertFalse(text(page).contains(headline), untouched);
        }
        eventually(s.childPath(), r -> text(r).contains(headline), "its section never showed it");
        eventually(s.parentPath(), r -> text(r).contains(headline), "the parent section never showed it");
    }

    @Test
    void anUnpublishedStoryIsGoneFromEveryCachedPage() throws Exception {
        Sections s = sections();
        Newsdesk desk = new Newsdesk();
        String headline = headline();
        Newsdesk.Story story = desk.publish(s.childId(), headline);
        HttpResponse<byte[]> home = eventually("/en/", r -> text(r).contains(headline), "the home page never showed it");
        String articlePath = Jsoup.parse(text(home)).select("a").stream()
                .filter(a -> a.text().contains(headline)).findFirst().orElseThrow().attr("href");
        // A neighbour in the same section shows the story under "read next".
        String neighbour = Jsoup.parse(text(get(s.childPath()))).select("main a[href^=" + s.childPath() + "]").stream()
                .map(a -> a.attr("href")).filter(href -> !href.equals(articlePath) && !href.endsWith("/"))
                .findFirst().orElseThrow();
        List<String> showing = List.of("/en/", s.childPath(), s.parentPath(), articlePath, neighbour);
        for (String page : showing) {
            assertTrue(text(cached(page)).contains(headline), page + " does not show the story");
        }

        desk.transition(story, "unpublish");

        for (String page : showing) {
            if (page.equals(articlePath)) {
                eventually(page, r -> r.statusCode() == 404, "the unpublished story is still served");
            } else {
                eventually(page, r -> r.statusCode() == 200 && !text(r).contains(headline),
                        "a cached page still shows the unpublished story");
            }
        }
    }

    @Test
    void editionsNeverShareAnEntry() throws Exception {
        HttpResponse<byte[]> english = cached("/en/about/");
        HttpResponse<byte[]> spanish = cached("/es/about/");
        HttpResponse<byte[]> arabic = cached("/ar/about/");
        assertEquals("en", Jsoup.parse(text(english)).selectFirst("html").attr("lang"));
        assertEquals("es", Jsoup.parse(text(spanish)).selectFirst("html").attr("lang"));
        assertEquals("ar", Jsoup.parse(text(arabic)).selectFirst("html").attr("lang"));
        assertNotEquals(english.headers().firstValue("ETag"), spanish.headers().firstValue("ETag"));
        assertTrue(spanish.headers().firstValue("Surrogate-Key").orElseThrow().contains("edition:es"));
        assertFalse(spanish.headers().firstValue("Surrogate-Key").orElseThrow().contains("edition:en"));
    }

    @Test
    void aConditionalGetOfACachedPageIs304() throws Exception {
        HttpResponse<byte[]> page = cached("/en/contact/");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.startsWith("\""), "not a strong validator: " + etag);
        String caching = page.headers().firstValue("Cache-Control").orElseThrow();
        assertTrue(caching.contains("max-age=") && caching.contains("s-maxage=") && caching.contains("stale-while-revalidate="),
                caching);

        HttpResponse<byte[]> again = get("/en/contact/", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());

        assertEquals(200, get("/en/contact/", "If-None-Match", "\"something-else\"").statusCode());
    }

    @Test
    void aMissWithAValidatorIsStillAnsweredWith304() throws Exception {
        HttpResponse<byte[]> page = cached("/es/privacy/");
        String etag = page.headers().firstValue("ETag").orElseThrow();
        // A distinct query makes a separate entry, rendered now: the reader's validator must still work.
        HttpResponse<byte[]> fresh = get("/es/privacy/?from=" + RUN, "If-None-Match", etag);
        assertEquals(304, fresh.statusCode());
        assertEquals("MISS", cacheOutcome(fresh));
    }

    @Test
    void gzipIsServedWhenAskedForAndOnlyThen() throws Exception {
        byte[] plain = cached("/en/").body();
        HttpResponse<byte[]> gzipped = get("/en/", "Accept-Encoding", "gzip");
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElseThrow());
        assertTrue(gzipped.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Encoding")));
        assertTrue(gzipped.body().length < plain.length / 2, "gzip saved too little");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertArrayEquals(plain, in.readAllBytes());
        }
        HttpResponse<byte[]> refused = get("/en/", "Accept-Encoding", "gzip;q=0, identity");
        assertTrue(refused.headers().firstValue("Content-Encoding").isEmpty());
        assertArrayEquals(plain, refused.body());
    }

    @Test
    void errorsAndRedirectsAreNeverKept() throws Exception {
        for (int i = 0; i < 3; i++) {
            HttpResponse<byte[]> missing = get("/en/no-such-section-" + RUN + "/");
            assertEquals(404, missing.statusCode());
            assertTrue(missing.headers().firstValue("X-Cache").isEmpty(), "a 404 went through the cache");
            assertEquals(301, get("/en").statusCode());
        }
    }
}
