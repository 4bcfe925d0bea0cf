package org.newsroom.it.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.ReaderSite;

/** What search engines and feed readers find in the head of every page, and the search page itself. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PageMetadataIT {

    private final ReaderSite site = new ReaderSite();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static String jsonLd(Document page) {
        return String.join("\n", page.select("script[type=application/ld+json]").stream().map(Element::data).toList());
    }

    @Test
    void homeDescribesThePublisherAndAnnouncesTheEditionFeeds() throws Exception {
        Document home = site.page("/es/");
        assertTrue(jsonLd(home).contains("\"@type\":\"NewsMediaOrganization\""), "no publisher JSON-LD on the home page");
        Element rss = home.selectFirst("link[rel=alternate][type=application/rss+xml]");
        assertNotNull(rss, "no RSS link on the home page");
        assertEquals("/feeds/es/feed.rss", rss.attr("href"));
        assertEquals(200, site.get(rss.attr("href")).statusCode());
        assertEquals("website", home.selectFirst("meta[property=og:type]").attr("content"));
        String origin = Deployments.baseUrl();
        assertEquals(origin + "/es/", home.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(List.of("en", "ar", "es", "x-default"), home.select("link[rel=alternate][hreflang]").eachAttr("hreflang"));
        assertEquals(List.of(origin + "/en/", origin + "/ar/", origin + "/es/", origin + "/en/"),
                home.select("link[rel=alternate][hreflang]").eachAttr("href"), "every edition's home, absolute, and English as x-default");
    }

    @Test
    void sectionAndTagPagesAnnounceTheirOwnFeeds() throws Exception {
        Document section = site.page("/en/news/politics/");
        assertTrue(section.select("link[rel=alternate]").eachAttr("href").contains("/feeds/en/section/politics/feed.atom"));
        Document tag = site.page("/en/tag/climate/");
        String tagFeed = "/feeds/en/tag/climate/feed.rss";
        assertTrue(tag.select("link[rel=alternate]").eachAttr("href").contains(tagFeed));
        assertEquals(200, site.get(tagFeed).statusCode());
        assertNotNull(section.selectFirst("meta[name=twitter:card]"));
        assertNotNull(section.selectFirst("meta[property=og:title]"));
    }

    @Test
    void articlePagesCarryJsonLdOfTheirKindAndABreadcrumbTrail() throws Exception {
        assertEquals("\"@type\":\"NewsArticle\"", typeOfFirstStoryIn(List.of("/en/news/politics/", "/es/news/economy/")));
        assertEquals("\"@type\":\"OpinionNewsArticle\"",
                typeOfFirstStoryIn(List.of("/en/articles/opinion/", "/es/articles/opinion/", "/ar/articles/opinion/")));
        assertEquals("\"@type\":\"LiveBlogPosting\"", typeOfFirstStoryIn(List.of("/en/live/", "/es/live/", "/ar/live/")));
    }

    private String typeOfFirstStoryIn(List<String> lists) throws Exception {
        for (String list : lists) {
            Element link = site.page(list).selectFirst("main .teaser-title a");
            if (link != null) {
                Document article = site.page(ReaderSite.pathOf(link.absUrl("href")));
                String data = jsonLd(article);
                assertTrue(data.contains("\"@type\":\"BreadcrumbList\""), "no breadcrumbs on " + link.attr("href"));
                int at = data.indexOf("\"@type\":\"");
                return data.substring(at, data.indexOf('"', at + 9) + 1);
            }
        }
        throw new AssertionError("no story in any of " + lists);
    }

    @Test
    void searchShowsRankedHighlightedResultsInTheEditionsLanguage() throws Exception {
        Document results = site.page("/en/search?q=council");
        assertFalse(results.select(".search-hit").isEmpty(), "no results for a word every demo edition uses");
        assertNotNull(results.selectFirst(".search-hit mark"), "matched words are not highlighted");
        Document arabic = site.page("/ar/search?q=" + java.net.URLEncoder.encode("المدينة", java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(arabic.select(".search-hit").isEmpty(), "no Arabic results");
        Document filtered = site.page("/en/search?q=council&kind=opinion");
        for (Element hit : filtered.select(".search-hit a")) {
            assertTrue(hit.attr("href").startsWith("/en/articles/opinion/"), "kind filter let through " + hit.attr("href"));
        }
    }

    @Test
    void badSearchFiltersAreRefusedWithA400PageNotA500() throws Exception {
        assertEquals(400, site.get("/en/search?q=x&kind=bogus").statusCode());
        assertEquals(400, site.get("/en/search?q=x&from=yesterday").statusCode());
        assertEquals(400, site.get("/en/search?q=x&section=..%2Fetc").statusCode());
        assertEquals(200, site.get("/en/search?q=%22unclosed+quote+-+%2B%2B%2B+*").statusCode());
    }
}
