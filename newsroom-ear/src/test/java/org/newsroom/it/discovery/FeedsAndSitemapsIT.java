package org.newsroom.it.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.ReaderShelf;
import org.newsroom.it.support.StaffApi;
import org.newsroom.it.support.Deployments;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.newsroom.it.support.ReaderSite;

/** Feeds and sitemaps fetched over HTTP and parsed as XML (and feeds by Rome, as a feed reader would). */
@ExtendWith(ArquillianExtension.class)
class FeedsAndSitemapsIT {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(FeedsAndSitemapsIT.class, HiddenStories.class);
    }

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @EJB
    ReaderShelf shelf;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    private final ReaderSite site = new ReaderSite();

    @Test
    void editionFeedsAreRssAndAtomWithFullMetadata() throws Exception {
        for (String edition : List.of("en", "ar", "es")) {
            HttpResponse<String> rss = site.get("/feeds/" + edition + "/feed.rss");
            assertEquals(200, rss.statusCode());
            assertTrue(rss.headers().firstValue("Content-Type").orElseThrow().startsWith("application/rss+xml"));
            Document doc = ReaderSite.xml(rss);
            assertEquals("rss", doc.getDocumentElement().getLocalName());
            assertEquals("2.0", doc.getDocumentElement().getAttribute("version"));
            NodeList items = doc.getElementsByTagName("item");
            assertTrue(items.getLength() >= 10, "too few items: " + items.getLength());
            // Other tests publish bare stories of their own; judge the newest one that has a picture.
            Element item = null;
            for (int i = 0; i < items.getLength() && item == null; i++) {
                Element candidate = (Element) items.item(i);
                if (candidate.getElementsByTagName("enclosure").getLength() > 0) {
                    item = candidate;
                }
            }
            assertNotNull(item, "no item with its lead image as enclosure");
            for (String child : List.of("title", "link", "guid", "pubDate", "description", "category", "enclosure")) {
                assertTrue(item.getElementsByTagName(child).getLength() > 0, "item without " + child);
            }
            assertTrue(item.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "creator").getLength() > 0,
                    "item without author");
            assertTrue(((Element) item.getElementsByTagName("enclosure").item(0)).getAttribute("url").contains("/media/"));

            HttpResponse<String> atom = site.get("/feeds/" + edition + "/feed.atom");
            assertTrue(atom.headers().firstValue("Content-Type").orElseThrow().startsWith("application/atom+xml"));
            Document atomDoc = ReaderSite.xml(atom);
            assertEquals(ATOM, atomDoc.getDocumentElement().getNamespaceURI());
            // The Atom entry of the same story the RSS checks above looked at.
            String title = item.getElementsByTagName("title").item(0).getTextContent();
            NodeList entries = atomDoc.getElementsByTagNameNS(ATOM, "entry");
            Element entry = null;
            for (int i = 0; i < entries.getLength() && entry == null; i++) {
                Element candidate = (Element) entries.item(i);
                if (candidate.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent().equals(title)) {
                    entry = candidate;
                }
            }
            assertNotNull(entry, "the Atom feed lacks " + title);
            for (String child : List.of("title", "id", "updated", "published", "author", "category", "summary", "content")) {
                assertTrue(entry.getElementsByTagNameNS(ATOM, child).getLength() > 0, "entry without " + child);
            }
            SyndFeed parsed = new SyndFeedInput().build(new StringReader(atom.body()));
            assertEquals(items.getLength(), parsed.getEntries().size());
        }
    }

    @Test
    void sectionTagAndAuthorFeedsHoldOnlyTheirStories() throws Exception {
        // Other tests publish bare stories of their own: take the newest with a tag and an author.
        JsonObject story = ReaderSite.json(site.get("/api/v1/articles?edition=en&size=50")).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(s -> !s.getJsonArray("tags").isEmpty() && !s.getJsonArray("authors").isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no story with a tag and an author"));
        String tag = story.getJsonArray("tags").getJsonObject(0).getString("slug");
        String author = story.getJsonArray("authors").getJsonObject(0).getString("slug");
        String section = story.getJsonObject("section").getString("slug");
        for (String path : List.of("/feeds/en/tag/" + tag + "/feed.rss", "/feeds/en/author/" + author + "/feed.atom",
                "/feeds/en/section/" + section + "/feed.rss")) {
            HttpResponse<String> response = site.get(path);
            assertEquals(200, response.statusCode(), path);
            SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
            assertFalse(feed.getEntries().isEmpty(), path);
            assertTrue(feed.getEntries().stream().map(SyndEntry::getLink).anyMatch(l -> l.equals(story.getString("url"))),
                    path + " misses the story it was chosen from");
        }
        assertEquals(404, site.get("/feeds/en/tag/no-such-tag-here/feed.rss").statusCode());
        assertEquals(404, site.get("/feeds/fr/feed.rss").statusCode());
    }

    @Test
    void theSitemapIndexListsEveryEditionsSitemapsAndEachParses() throws Exception {
        HttpResponse<String> robots = site.get("/robots.txt");
        assertEquals(200, robots.statusCode());
        assertTrue(robots.body().contains("Sitemap: " + Deployments.baseUrl() + "/sitemap.xml"), robots.body());

        Document index = ReaderSite.xml(site.get("/sitemap.xml"));
        assertEquals(SITEMAP, index.getDocumentElement().getNamespaceURI());
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        NodeList locs = index.getElementsByTagNameNS(SITEMAP, "loc");
        // Per edition: sections, tags and news, and one articles sitemap per month that has stories.
        long months = ((Number) em.createNativeQuery("select count(*) from reader_list_size where list_key like 'month:%'"
                + " and stories > 0").getSingleResult()).longValue();
        assertTrue(months >= 3, "every edition has published in at least one month");
        assertEquals(9 + months, locs.getLength());
        assertEquals(9 + months, index.getElementsByTagNameNS(SITEMAP, "lastmod").getLength());
        for (int i = 0; i < locs.getLength(); i++) {
            String path = URI.create(locs.item(i).getTextContent()).getPath();
            HttpResponse<String> sitemap = site.get(path);
            assertEquals(200, sitemap.statusCode(), path);
            Document doc = ReaderSite.xml(sitemap);
            assertEquals("urlset", doc.getDocumentElement().getLocalName(), path);
            assertEquals(SITEMAP, doc.getDocumentElement().getNamespaceURI(), path);
            assertTrue(doc.getElementsByTagNameNS(SITEMAP, "url").getLength() > 0, path + " is empty");
        }
    }

    @Test
    void articleSitemapsLinkTranslationsWithHreflang() throws Exception {
        Document doc = ReaderSite.xml(site.get("/sitemaps/en/articles.xml"));
        NodeList urls = doc.getElementsByTagNameNS(SITEMAP, "url");
        int withAlternates = 0;
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            assertEquals(1, url.getElementsByTagNameNS(SITEMAP, "lastmod").getLength());
            NodeList links = url.getElementsByTagNameNS(XHTML, "link");
            if (links.getLength() > 0) {
                withAlternates++;
                List<String> languages = new ArrayList<>();
                for (int j = 0; j < links.getLength(); j++) {
                    languages.add(((Element) links.item(j)).getAttribute("hreflang"));
                }
                assertTrue(languages.contains("en-GB"), "a version must list itself: " + languages);
                assertTrue(languages.size() >= 2, languages.toString());
            }
        }
        assertTrue(withAlternates > 0, "no story with translations in the English sitemap");
    }

    @Test
    void theNewsSitemapHoldsOnlyTheLastTwoDays() throws Exception {
        Document doc = ReaderSite.xml(site.get("/sitemaps/ar/news.xml"));
        NodeList dates = doc.getElementsByTagNameNS(NEWS, "publication_date");
        assertTrue(dates.getLength() > 0, "no recent Arabic stories");
        Instant limit = Instant.now().minus(Duration.ofHours(48)).minusSeconds(60);
        for (int i = 0; i < dates.getLength(); i++) {
            assertTrue(Instant.parse(dates.item(i).getTextContent()).isAfter(limit));
        }
        assertEquals("ar", doc.getElementsByTagNameNS(NEWS, "language").item(0).getTextContent());
        assertEquals(dates.getLength(), doc.getElementsByTagNameNS(NEWS, "title").getLength());
    }

    @Test
    void hiddenStoriesAreInNoFeedAndNoSitemap() throws Exception {
        StringBuilder everything = new StringBuilder();
        for (String edition : List.of("en", "ar", "es")) {
            everything.append(site.get("/sitemaps/" + edition + "/articles.xml").body())
                    .append(site.get("/sitemaps/" + edition + "/news.xml").body())
                    .append(site.get("/feeds/" + edition + "/feed.rss").body())
                    .append(site.get("/feeds/" + edition + "/feed.atom").body());
        }
        for (Article story : HiddenStories.of(em)) {
            String path = new URI(null, null, "/" + story.getSlug(), null).toASCIIString();
            assertFalse(everything.toString().contains(path + "<"), story.getStatus() + " " + path);
        }
    }

    /**
     * A sitemap holds at most 50,000 URLs, an edition's archive more: its articles are listed one
     * month (UTC) per sitemap, and the index names every month that has stories. Three stories
     * are published through the staff API and dated back into two months nobody has published in
     * (as the demo writer dates its stories: the article rows, then the shelf restocked), so each
     * month's sitemap must list exactly them.
     */
    @Test
    void eachMonthWithStoriesHasItsOwnArticlesSitemapListingExactlyItsStories() throws Exception {
        YearMonth first = emptyMonthPair();
        YearMonth second = first.plusMonths(1);
        Object[] section = (Object[]) em.createNativeQuery("select id, slug from section where edition = 'EN'"
                + " and parent_id is null order by id").setMaxResults(1).getSingleResult();
        long sectionId = ((Number) section[0]).longValue();
        String sectionSlug = (String) section[1];
        Set<String> inFirst = new TreeSet<>();
        inFirst.add(publishedOn(sectionId, sectionSlug, first.atDay(3).atTime(9, 0).toInstant(ZoneOffset.UTC)));
        // The month's last second and the next month's first: the months are cut in UTC.
        inFirst.add(publishedOn(sectionId, sectionSlug, second.atDay(1).atStartOfDay().minusSeconds(1).toInstant(ZoneOffset.UTC)));
        Set<String> inSecond = Set.of(publishedOn(sectionId, sectionSlug, second.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)));

        Document index = ReaderSite.xml(site.get("/sitemap.xml"));
        Set<String> listed = new TreeSet<>();
        NodeList locs = index.getElementsByTagNameNS(SITEMAP, "loc");
        for (int i = 0; i < locs.getLength(); i++) {
            listed.add(URI.create(locs.item(i).getTextContent()).getPath());
        }
        assertTrue(listed.contains("/sitemaps/en/articles-" + first + ".xml"), listed.toString());
        assertTrue(listed.contains("/sitemaps/en/articles-" + second + ".xml"), listed.toString());
        assertFalse(listed.contains("/sitemaps/en/articles.xml"), "the index names months, not the newest 50,000");
        assertEquals(inFirst, storiesIn("/sitemaps/en/articles-" + first + ".xml"));
        assertEquals(inSecond, storiesIn("/sitemaps/en/articles-" + second + ".xml"));
        assertEquals(404, site.get("/sitemaps/en/articles-" + first.minusMonths(1) + ".xml").statusCode(), "an empty month");
        assertEquals(404, site.get("/sitemaps/en/articles-" + first.getYear() + "-13.xml").statusCode(), "no such month");
        assertEquals(200, site.get("/sitemaps/en/articles.xml").statusCode(), "the address from before the split still answers");
    }

    /** A month with no English story, followed by another: tried from 1990 backwards. */
    private YearMonth emptyMonthPair() {
        for (YearMonth month = YearMonth.of(1990, 1); month.getYear() > 1900; month = month.minusMonths(2)) {
            if (storiesOnShelf(month) == 0 && storiesOnShelf(month.plusMonths(1)) == 0) {
                return month;
            }
        }
        throw new IllegalStateException("no two empty months in the twentieth century");
    }

    private long storiesOnShelf(YearMonth month) {
        return ((Number) em.createNativeQuery("select count(*) from reader_story where edition = 'EN'"
                        + " and published_at >= :from and published_at < :to")
                .setParameter("from", month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                .setParameter("to", month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC))
                .getSingleResult()).longValue();
    }

    /** Published through the staff API, then dated back to {@code at}; its reader path. */
    private String publishedOn(long sectionId, String sectionSlug, Instant at) throws Exception {
        StaffApi admin = StaffApi.admin();
        String headline = "Archive month " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.post("/articles",
                "{\"edition\":\"en\",\"headline\":\"" + headline + "\",\"sectionId\":" + sectionId + "}");
        assertEquals(201, created.statusCode(), created.body());
        long id = StaffApi.json(created).getJsonNumber("id").longValue();
        String etag = StaffApi.etag(created);
        for (String step : List.of("submit", "approve", "publish")) {
            HttpResponse<String> moved = admin.transition(id, step, etag);
            assertEquals(200, moved.statusCode(), step + ": " + moved.body());
            etag = StaffApi.etag(moved);
        }
        tx.begin();
        em.createNativeQuery("update article set published_at = :at where id = :id").setParameter("at", at)
                .setParameter("id", id).executeUpdate();
        shelf.restock(id);
        tx.commit();
        String slug = (String) em.createNativeQuery("select slug from article where id = :id").setParameter("id", id)
                .getSingleResult();
        return Edition.EN.storyPath(sectionSlug, slug);
    }

    private Set<String> storiesIn(String sitemap) throws Exception {
        HttpResponse<String> answer = site.get(sitemap);
        assertEquals(200, answer.statusCode(), sitemap);
        Document doc = ReaderSite.xml(answer);
        assertEquals("urlset", doc.getDocumentElement().getLocalName());
        Set<String> paths = new TreeSet<>();
        NodeList urls = doc.getElementsByTagNameNS(SITEMAP, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            Element url = (Element) urls.item(i);
            paths.add(URI.create(url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent()).getPath());
        }
        return paths;
    }
}
