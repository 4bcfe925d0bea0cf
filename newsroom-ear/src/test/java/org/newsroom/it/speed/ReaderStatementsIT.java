package org.newsroom.it.speed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.editorial.demo.DemoWriter;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.AsRole;

/**
 * Issue 13's "a fixed, small number of statements per page": every reader page type is asked
 * for with the page cache off, and the SQL statements its render prepares are counted (Hibernate's
 * statistics of the {@code newsroom} unit, switched on through the management API); then the
 * archive grows by {@link #GROWTH} stories and every page is counted again. A page's count must
 * not change with the archive, and no page may take more than {@link #CEILING}.
 *
 * <p>Runs inside the server only to write the extra stories as an administrator (the demo's own
 * {@link DemoWriter}); the pages are asked for over HTTP like a reader's, and the statistics and
 * the page cache switch are the same management resources an operator would use. Everything it
 * switches is put back in {@code finally}. The extra stories are dated years back (the demo dates
 * story {@code key} 2&middot;key minutes ago past the first thousand keys, and these keys start above
 * a million), so they never lead a list, a feed or the news sitemap that other tests look at; they
 * only lengthen the archive behind them (later pages, sitemaps, counts, the search index).
 */
@ExtendWith(ArquillianExtension.class)
class ReaderStatementsIT {

    /** Stories added for the large corpus: the test server's demo has 240, so the archive grows more than tenfold. */
    static final int GROWTH = 3_000;

    /**
     * The most statements any reader page may prepare. Measured before issue 13's rewrite (commit
     * 9017bab, docs/speed.md): list pages 3–6, feeds and the API 8–9, the home page 12 (the page
     * with the most lists: lead and latest, a block per top-level section, most read), article
     * pages 22–24 (the story is loaded twice, once per read model, then read next, related, most
     * read, translations). With one read model an article is one lookup plus its few lists, so no
     * page has a reason to cost more than today's home page: 12.
     */
    static final int CEILING = 12;

    /**
     * Measurements per page: the statistics are the whole server's, so a timer that fires during
     * the request (due work every 3 s, breaking-item expiry every 5 s, the read counter's flush
     * every 10 s) adds its own statements to it. A request takes milliseconds, so a timer lands in
     * few of them: the fewest statements of several requests is the page's own cost. The first
     * request of each page is not counted at all: it may fill in-memory caches (taxonomy, menus)
     * that later requests need not read, and the steady cost is what must not grow.
     */
    static final int TRIES = 5;

    private static final Logger LOG = Logger.getLogger(ReaderStatementsIT.class.getName());
    private static final String PAGE_CACHE = "newsroom.page.cache";

    /** The EAR, this test in lib/, and the role runners; the test reads the management model (DMR). */
    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.earWithRoles(ReaderStatementsIT.class);
        ear.getAsType(JavaArchive.class, "lib/newsroom-tests.jar").setManifest(new StringAsset(
                "Manifest-Version: 1.0\nDependencies: org.jboss.dmr, org.jboss.as.controller-client\n"));
        return ear;
    }

    @ArquillianResource
    ManagementClient management;

    @EJB
    DemoWriter demo;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    /** The JDK's client is a robot to the reader site: no read is counted, so the read counter stays idle. */
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String base = "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));

    @Test
    void everyReaderPageCostsTheSameFewStatementsWhateverTheArchiveSize() throws Exception {
        ModelNode unit = persistenceUnit();
        ModelNode statisticsBefore = readAttribute(unit, "statistics-enabled");
        String pageCacheBefore = systemProperty(PAGE_CACHE);
        try {
            writeAttribute(unit, "statistics-enabled", new ModelNode(true));
            setSystemProperty(PAGE_CACHE, "false");

            Map<String, String> pages = readerPages();
            long smallCorpus = stories();
            Map<String, Long> small = statementsPerPage(unit, pages);

            grow(GROWTH);
            long largeCorpus = stories();
            Map<String, Long> large = statementsPerPage(unit, pages);

            String table = table(pages, small, large, smallCorpus, largeCorpus) + "(statistics of " + cli(unit) + ")\n";
            LOG.info(table); // the server's log and console, which the build's output shows

            assertTrue(small.values().stream().mapToLong(Long::longValue).sum() > 0, "the statistics counted nothing");
            List<String> failures = new ArrayList<>();
            for (String page : pages.keySet()) {
                if (!small.get(page).equals(large.get(page))) {
                    failures.add(page + ": " + small.get(page) + " statements with " + smallCorpus + " stories, "
                            + large.get(page) + " with " + largeCorpus);
                }
                long most = Math.max(small.get(page), large.get(page));
                if (most > CEILING) {
                    failures.add(page + ": " + most + " statements, more than " + CEILING);
                }
            }
            assertTrue(failures.isEmpty(), failures.size() + " failures:\n" + String.join("\n", failures) + "\n" + table);
        } finally {
            setSystemProperty(PAGE_CACHE, pageCacheBefore);
            writeAttribute(unit, "statistics-enabled", statisticsBefore.isDefined() ? statisticsBefore : new ModelNode(false));
        }
    }

    /**
     * One URL per reader page type, found on the site itself (other tests add sections, tags and
     * stories, so nothing is assumed beyond the demo's shape), in the English edition. Found once,
     * before the archive grows, so both sizes count the very same pages.
     */
    private Map<String, String> readerPages() throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/en/");
        String top = null;
        String sub = null;
        for (Element link : html("/en/").select("nav.main-menu a[href~=^/en/[a-z0-9-]+/$]")) {
            Element child = html(link.attr("href")).selectFirst("a[href~=^" + link.attr("href") + "[a-z0-9-]+/$]");
            if (child != null) {
                top = link.attr("href");
                sub = child.attr("href");
                break;
            }
        }
        assertNotNull(top, "no English section with subsections");
        Element next = html(top).selectFirst("a[rel=next]");
        assertNotNull(next, top + " has no second page");
        pages.put("section, top-level", top);
        pages.put("section, top-level, page 2", next.attr("href"));
        pages.put("section, subsection", sub);

        // A demo story (tagged, with a region and a byline): other tests' stories in the section may have none.
        String plain = firstStoryWith(sub, "a[rel=tag]", "a[href^=/en/region/]", "a[rel=author]");
        pages.put("article", plain);
        pages.put("article, gallery", firstStoryOfAnyEdition("in-pictures"));
        pages.put("article, live", firstStoryOfAnyEdition("live"));

        Document story = html(plain);
        pages.put("tag", href(story, "a[rel=tag]", plain));
        pages.put("region", href(story, "a[href^=/en/region/]", plain));
        pages.put("coverage", coveragePage(sub));
        pages.put("author", href(story, "a[rel=author]", plain));
        pages.put("authors index", "/en/authors/");
        pages.put("about", "/en/about/");
        String word = longestWord(story.selectFirst("h1").text());
        pages.put("search", "/en/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));

        String tag = pages.get("tag").replaceAll(".*/tag/([^/]+)/$", "$1");
        String section = top.replaceAll("^/en/([^/]+)/$", "$1");
        pages.put("feed, RSS", "/feeds/en/feed.rss");
        pages.put("feed, Atom", "/feeds/en/feed.atom");
        pages.put("feed, section", "/feeds/en/section/" + section + "/feed.rss");
        pages.put("feed, tag", "/feeds/en/tag/" + tag + "/feed.atom");
        pages.put("sitemap index", "/sitemap.xml");
        pages.put("sitemap, articles", "/sitemaps/en/articles.xml");
        pages.put("sitemap, news", "/sitemaps/en/news.xml");
        pages.put("sitemap, sections", "/sitemaps/en/sections.xml");
        pages.put("sitemap, tags", "/sitemaps/en/tags.xml");

        JsonObject first = Json.createReader(new StringReader(get("/api/v1/articles?edition=en").body())).readObject()
                .getJsonArray("items").getJsonObject(0);
        pages.put("API, list", "/api/v1/articles?edition=en");
        pages.put("API, list page 2", "/api/v1/articles?edition=en&page=1");
        pages.put("API, story by id", "/api/v1/articles/" + first.getJsonNumber("id").longValue());
        pages.put("API, story by slug", "/api/v1/editions/en/articles/" + first.getString("slug"));
        pages.put("API, most read", "/api/v1/editions/en/most-read");
        return pages;
    }

    /** The newest story of the list page whose page has every one of these links. */
    private String firstStoryWith(String listPage, String... links) throws Exception {
        for (Element teaser : html(listPage).select("main .teaser-title a")) {
            Document story = html(teaser.attr("href"));
            if (java.util.Arrays.stream(links).allMatch(link -> story.selectFirst(link) != null)) {
                return teaser.attr("href");
            }
        }
        throw new AssertionError("no story on " + listPage + " has " + String.join(", ", links));
    }

    /** The demo writes galleries and live stories into one edition each (Arabic and Spanish today): look in all three. */
    private String firstStoryOfAnyEdition(String section) throws Exception {
        for (String edition : List.of("en", "ar", "es")) {
            Element teaser = html("/" + edition + "/" + section + "/").selectFirst("main .teaser-title a");
            if (teaser != null) {
                return teaser.attr("href");
            }
        }
        throw new AssertionError("no story in any edition's " + section + " section");
    }

    private static String href(Document page, String selector, String path) {
        Element link = page.selectFirst(selector);
        assertNotNull(link, "no " + selector + " on " + path);
        return link.attr("href");
    }

    /** A coverage of one of the subsection's stories (the demo gives one story in six a coverage). */
    private String coveragePage(String listPage) throws Exception {
        for (Element teaser : html(listPage).select("main .teaser-title a")) {
            Element coverage = html(teaser.attr("href")).selectFirst("a[href^=/en/coverage/]");
            if (coverage != null) {
                return coverage.attr("href");
            }
        }
        for (Element teaser : html("/en/").select("main .teaser-title a")) {
            Element coverage = html(teaser.attr("href")).selectFirst("a[href^=/en/coverage/]");
            if (coverage != null) {
                return coverage.attr("href");
            }
        }
        throw new AssertionError("no story with a coverage on " + listPage + " or the home page");
    }

    private static String longestWord(String text) {
        String longest = "";
        for (String word : text.split("[^\\p{L}]+")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        assertFalse(longest.isEmpty(), "no word in " + text);
        return longest;
    }

    private Map<String, Long> statementsPerPage(ModelNode unit, Map<String, String> pages) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            counts.put(page.getKey(), statements(unit, page.getValue()));
        }
        return counts;
    }

    /** The fewest statements of {@link #TRIES} requests for the page, after one uncounted request. */
    private long statements(ModelNode unit, String path) throws Exception {
        get(path);
        long fewest = Long.MAX_VALUE;
        for (int i = 0; i < TRIES; i++) {
            execute(operation("clear", unit));
            HttpResponse<String> response = get(path);
            long count = readAttribute(unit, "prepared-statement-count").asLong();
            assertEquals(200, response.statusCode(), path);
            assertFalse("HIT".equals(response.headers().firstValue("X-Cache").orElse("")), path + " came from the page cache");
            fewest = Math.min(fewest, count);
        }
        return fewest;
    }

    /** Adds stories in the demo's batches, each its own transaction, as an administrator. */
    private void grow(int count) throws Exception {
        // Keys above a million date the stories years back; starting past the number of stories
        // already stored keeps keys (and so slugs) new if the test runs twice against one database.
        int from = 1_000_000 + (int) stories();
        for (int written = 0; written < count; written += 300) {
            int start = from + written;
            int batch = Math.min(300, count - written);
            AsRole.admin().run(() -> demo.createStories(start, start + batch));
        }
    }

    private long stories() {
        return em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
    }

    private static String table(Map<String, String> pages, Map<String, Long> small, Map<String, Long> large,
            long smallCorpus, long largeCorpus) {
        StringBuilder table = new StringBuilder("\nStatements per reader page (page cache off, fewest of "
                + TRIES + " requests), " + smallCorpus + " and " + largeCorpus + " stories, ceiling " + CEILING + "\n");
        table.append(String.format("| %-28s | %-44s | %6s | %6s |%n", "page", "path", "small", "large"));
        table.append(String.format("| %-28s | %-44s | %6s | %6s |%n", "---", "---", "---:", "---:"));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String path = page.getValue().length() > 44 ? page.getValue().substring(0, 41) + "..." : page.getValue();
            table.append(String.format("| %-28s | %-44s | %6d | %6d |%n", page.getKey(), path, small.get(page.getKey()),
                    large.get(page.getKey())));
        }
        return table.toString();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Document html(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }

    // The management model: the unit's runtime resource and the system property, as an operator would use them.

    /** The address of the {@code newsroom} unit's statistics, wherever the deployment put it. */
    private ModelNode persistenceUnit() throws Exception {
        for (String[] pattern : new String[][] {{"deployment", "*", "subsystem", "jpa", "hibernate-persistence-unit", "*"},
                {"deployment", "*", "subdeployment", "*", "subsystem", "jpa", "hibernate-persistence-unit", "*"}}) {
            ModelNode address = new ModelNode().setEmptyList();
            for (int i = 0; i < pattern.length; i += 2) {
                address.add(pattern[i], pattern[i + 1]);
            }
            ModelNode read = operation("read-resource", address);
            read.get("include-runtime").set(true);
            ModelNode result = management.getControllerClient().execute(read);
            if (result.hasDefined("result")) {
                for (ModelNode found : result.get("result").asList()) {
                    ModelNode unit = found.get("address");
                    List<ModelNode> elements = unit.asList();
                    if (elements.get(elements.size() - 1).asProperty().getValue().asString().endsWith("#newsroom")) {
                        return unit;
                    }
                }
            }
        }
        throw new AssertionError("no hibernate-persistence-unit named …#newsroom in the management model");
    }

    /** An address as the CLI writes it: {@code /deployment=…/subsystem=jpa/…}. */
    private static String cli(ModelNode address) {
        StringBuilder path = new StringBuilder();
        for (ModelNode element : address.asList()) {
            path.append('/').append(element.asProperty().getName()).append('=').append(element.asProperty().getValue().asString());
        }
        return path.toString();
    }

    private ModelNode readAttribute(ModelNode address, String name) throws Exception {
        ModelNode read = operation("read-attribute", address);
        read.get("name").set(name);
        return execute(read);
    }

    private void writeAttribute(ModelNode address, String name, ModelNode value) throws Exception {
        ModelNode write = operation("write-attribute", address);
        write.get("name").set(name);
        write.get("value").set(value);
        execute(write);
    }

    /** The property's value on the server, or null if it is not set. */
    private String systemProperty(String name) throws Exception {
        ModelNode names = operation("read-children-names", new ModelNode().setEmptyList());
        names.get("child-type").set("system-property");
        for (ModelNode child : execute(names).asList()) {
            if (child.asString().equals(name)) {
                return readAttribute(new ModelNode().add("system-property", name), "value").asString();
            }
        }
        return null;
    }

    /** Sets the property on the running server, or with null removes it. */
    private void setSystemProperty(String name, String value) throws Exception {
        ModelNode address = new ModelNode().add("system-property", name);
        if (systemProperty(name) != null) {
            execute(operation("remove", address));
        }
        if (value != null) {
            ModelNode add = operation("add", address);
            add.get("value").set(value);
            execute(add);
        }
    }

    private static ModelNode operation(String name, ModelNode address) {
        ModelNode operation = new ModelNode();
        operation.get("operation").set(name);
        operation.get("address").set(address);
        return operation;
    }

    private ModelNode execute(ModelNode operation) throws Exception {
        ModelNode result = management.getControllerClient().execute(operation);
        assertEquals("success", result.get("outcome").asString(), operation + " → " + result);
        return result.get("result");
    }
}
