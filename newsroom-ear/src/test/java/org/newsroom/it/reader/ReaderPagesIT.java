package org.newsroom.it.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.ReaderSite;

/** Every reader page type over HTTP, in the three editions, with its caching and error behaviour. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReaderPagesIT {

    private final ReaderSite site = new ReaderSite();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private String firstArticlePath(String edition) throws Exception {
        Document home = site.page("/" + edition + "/");
        return ReaderSite.pathOf(home.selectFirst(".lead-story h2 a").absUrl("href"));
    }

    /**
     * The newest story of the edition's News pages that satisfies the test's need; other
     * tests publish short stories of their own in the same database, so never assume the first.
     */
    private String articlePathWhere(String edition, java.util.function.Predicate<Document> wanted) throws Exception {
        for (int page = 1; page <= 3; page++) {
            for (Element link : site.page("/" + edition + "/news/?page=" + page).select("main .teaser-title a")) {
                String path = ReaderSite.pathOf(link.absUrl("href"));
                if (wanted.test(site.page(path))) {
                    return path;
                }
            }
        }
        throw new AssertionError("no story in the first three pages of /" + edition + "/news/ fits the test");
    }

    @Test
    void everyEditionHomeHasLanguageDirectionAndOneHeadingOne() throws Exception {
        for (String edition : List.of("en", "es", "ar")) {
            Document home = site.page("/" + edition + "/");
            assertEquals(edition, home.selectFirst("html").attr("lang"));
            assertEquals(edition.equals("ar") ? "rtl" : "ltr", home.selectFirst("html").attr("dir"));
            assertEquals(1, home.select("h1").size(), "h1 count on " + edition);
            assertNotNull(home.selectFirst("a.skip-link[href=#main]"));
            assertNotNull(home.selectFirst("main#main"));
        }
    }

    /** WCAG: one h1, and no level skipped on the way down (h1 → h3 without an h2). */
    private static void assertHeadingsInOrder(Document page, String where) {
        int previous = 0;
        for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
            int level = heading.tagName().charAt(1) - '0';
            assertTrue(level <= previous + 1, where + ": " + heading.tagName() + " after h" + previous + " (" + heading.text() + ")");
            previous = level;
        }
        assertEquals(1, page.select("h1").size(), where + ": h1 count");
    }

    @Test
    void headingsAreInOrderOnEveryPageType() throws Exception {
        assertHeadingsInOrder(site.page("/en/"), "home");
        assertHeadingsInOrder(site.page("/ar/news/"), "section");
        assertHeadingsInOrder(site.page(firstArticlePath("es")), "article");
        assertHeadingsInOrder(site.page("/en/authors/"), "authors");
    }

    @Test
    void homeShowsLeadStorySectionBlocksLatestMostReadAndCoverages() throws Exception {
        Document home = site.page("/en/");
        assertNotNull(home.selectFirst(".lead-story h2 a"));
        assertTrue(home.select(".section-block").size() >= 3, "too few section blocks");
        assertTrue(home.select(".latest .teaser").size() >= 5);
        assertNotNull(home.selectFirst(".most-read h2"));
        assertFalse(home.select(".coverages a[href^=/en/coverage/]").isEmpty());
        assertFalse(home.select(".main-menu a[href=/en/news/]").isEmpty());
        assertEquals("Newsroom", home.selectFirst(".site-name").text());
    }

    @Test
    void interfaceStringsComeInTheEditionsLanguage() throws Exception {
        assertEquals("Saltar al contenido principal", site.page("/es/").selectFirst(".skip-link").text());
        assertEquals("انتقل إلى المحتوى الرئيسي", site.page("/ar/").selectFirst(".skip-link").text());
    }

    @Test
    void sectionPageListsItsStoriesAndSubsectionsAndPaginates() throws Exception {
        Document news = site.page("/en/news/");
        assertEquals("News", news.selectFirst("h1").text());
        assertEquals(20, news.select("main .teaser").size());
        assertFalse(news.select(".subsections a[href=/en/news/politics/]").isEmpty());
        Document second = site.page("/en/news/?page=2");
        assertFalse(second.select("main .teaser").isEmpty());
        assertNotNull(second.selectFirst(".pager a[rel=prev]"));
        Document politics = site.page("/en/news/politics/");
        assertEquals("Politics", politics.selectFirst("h1").text());
        assertEquals(301, site.get("/en/news").statusCode());
    }

    @Test
    void articlePageHasEveryPart() throws Exception {
        String path = articlePathWhere("en", page -> page.select(".story-body > p").size() >= 4);
        Document article = site.page(path);
        assertEquals(1, article.select("h1").size());
        assertNotNull(article.selectFirst(".byline"));
        assertNotNull(article.selectFirst(".published[datetime]"));
        assertTrue(article.selectFirst(".reading-time").text().matches("\\d+ min read"));
        assertNotNull(article.selectFirst("button.listen"));
        assertNotNull(article.selectFirst("script[src^=/assets/listen-]"));
        assertTrue(article.select(".share a").size() >= 2);
        assertNotNull(article.selectFirst(".story-body > p.read-next-inline ~ p"), "read-next link not between paragraphs");
        assertNotNull(article.selectFirst(".read-next h2"));
        assertNotNull(article.selectFirst(".most-read h2"));
        assertEquals(Deployments.baseUrl() + path, article.selectFirst("link[rel=canonical]").attr("href"),
                "canonical is absolute, on the request's origin when no public URL is configured");
        assertEquals(Deployments.baseUrl() + path, article.selectFirst("meta[property=og:url]").attr("content"));
        // JSON-LD is data, not script: the only inline <script> elements allowed (CSP script-src 'self').
        assertTrue(article.select("script:not([src]):not([type=application/ld+json])").isEmpty(), "inline script on the article page");
    }

    @Test
    void articlesShowAuthorsTagsImagesAndKindSpecificParts() throws Exception {
        // A story with authors, tags and a lead image: look through a section until one has all three.
        Document article = null;
        for (Element link : site.page("/en/news/politics/").select("main .teaser-title a")) {
            Document candidate = site.page(ReaderSite.pathOf(link.absUrl("href")));
            if (candidate.selectFirst("a[rel=author]") != null && candidate.selectFirst(".tags a") != null
                    && candidate.selectFirst(".lead-image img") != null) {
                article = candidate;
                break;
            }
        }
        assertNotNull(article, "no story with authors, tags and a lead image");
        Element image = article.selectFirst(".lead-image img");
        assertFalse(image.attr("width").isEmpty());
        assertFalse(image.attr("height").isEmpty());
        assertTrue(image.attr("srcset").contains("w,") || image.attr("srcset").endsWith("w"));
        assertTrue(image.hasAttr("alt"));
        site.page(ReaderSite.pathOf(article.selectFirst("a[rel=author]").absUrl("href")));
        Document tag = site.page(ReaderSite.pathOf(article.selectFirst(".tags a").absUrl("href")));
        assertFalse(tag.select("main .teaser").isEmpty());

        Document gallery = site.page(firstStoryOfAnyEdition("/in-pictures/"));
        assertTrue(gallery.select(".gallery figure img").size() >= 2, "gallery pictures");
        assertEquals(gallery.select(".gallery figure").size(), gallery.select(".gallery figcaption").size());

        Document live = site.page(firstStoryOfAnyEdition("/live/"));
        List<String> times = live.select(".live-entries time").eachAttr("datetime");
        assertTrue(times.size() >= 2, "live entries");
        assertTrue(times.get(0).compareTo(times.get(1)) >= 0, "live entries newest first");

        Document opinion = site.page(firstStoryOfAnyEdition("/articles/opinion/"));
        assertEquals(Jsoup.parse(site.get("/" + opinion.selectFirst("html").attr("lang") + "/articles/opinion/").body())
                .selectFirst("h1").text(), opinion.selectFirst(".story-header .kind").text());

        Document video = site.page(firstStoryOfAnyEdition("/videos/"));
        assertNotNull(video.selectFirst("figure.video figcaption"));
    }

    /**
     * The first edition whose list has a story (the demo has every kind in every edition; other
     * test classes may have changed the lists).
     */
    private String firstStoryOfAnyEdition(String sectionPathAfterEdition) throws Exception {
        for (String edition : List.of("en", "es", "ar")) {
            Element link = site.page("/" + edition + sectionPathAfterEdition).selectFirst("main .teaser-title a");
            if (link != null) {
                return ReaderSite.pathOf(link.absUrl("href"));
            }
        }
        throw new AssertionError("no story in " + sectionPathAfterEdition + " of any edition");
    }

    /** Every menu entry of every edition leads to real stories: the demo has every kind everywhere. */
    @Test
    void everyEditionHasStoriesOfEveryKind() throws Exception {
        for (String edition : List.of("en", "es", "ar")) {
            for (String list : List.of("/live/", "/in-pictures/", "/articles/analysis/", "/articles/blog/", "/articles/opinion/",
                    "/videos/", "/infographs/")) {
                assertFalse(site.page("/" + edition + list).select("main .teaser-title a").isEmpty(), "no story in /" + edition + list);
            }
        }
        Instant recent = Instant.now().minus(java.time.Duration.ofDays(1));
        boolean running = false;
        for (Element link : site.page("/en/live/").select("main .teaser-title a")) {
            for (Element time : site.page(ReaderSite.pathOf(link.absUrl("href"))).select(".live-entries time")) {
                running |= Instant.parse(time.attr("datetime")).isAfter(recent);
            }
        }
        assertTrue(running, "no live story in /en/live/ with an entry of the last day");
    }

    @Test
    void wrongSectionPathRedirectsToTheCanonicalArticle() throws Exception {
        String path = firstArticlePath("en");
        String slug = path.substring(path.lastIndexOf('/') + 1);
        HttpResponse<String> response = site.get("/en/live/" + slug);
        assertEquals(301, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith(path));
    }

    @Test
    void editionSwitchLeadsToTheSameStoryInAnotherEdition() throws Exception {
        Document article = site.page(articlePathWhere("en",
                page -> page.select(".edition-switch a").stream().anyMatch(a -> !a.attr("href").matches("/[a-z]{2}/"))));
        boolean translated = false;
        for (Element link : article.select(".edition-switch a")) {
            String target = ReaderSite.pathOf(link.absUrl("href"));
            Document other = site.page(target);
            assertEquals(link.attr("hreflang"), other.selectFirst("html").attr("lang"));
            translated |= other.selectFirst("article.story") != null;
        }
        assertTrue(translated, "no translation linked from the edition switch");
    }

    @Test
    void regionCoverageAuthorsSearchAndStaticPagesAnswer() throws Exception {
        Document home = site.page("/en/");
        site.page(ReaderSite.pathOf(home.selectFirst(".region-menu a").absUrl("href")));
        Document coverage = site.page(ReaderSite.pathOf(home.selectFirst(".coverages a").absUrl("href")));
        assertTrue(coverage.selectFirst("h1").text().startsWith("Coverage: "));
        Document authors = site.page("/en/authors/");
        Document author = site.page(ReaderSite.pathOf(authors.selectFirst(".authors a").absUrl("href")));
        assertNotNull(author.selectFirst("h1"));
        for (String name : List.of("about", "contact", "privacy")) {
            assertFalse(site.page("/ar/" + name + "/").select("main p").isEmpty(), name);
        }
        String word = home.selectFirst(".lead-story h2 a").text().split(" ")[0];
        Document results = site.page("/en/search?q=" + java.net.URLEncoder.encode(word, "UTF-8"));
        assertFalse(results.select("main .search-hit").isEmpty(), "no results for " + word);
        site.page("/en/search?q=");
    }

    @Test
    void unknownAddressesAnswerNotFoundInTheEditionsLanguage() throws Exception {
        for (String path : List.of("/en/no-such-section/", "/en/tag/no-such-tag/", "/en/news/no-such-story",
                "/en/region/nowhere/", "/en/coverage/none/", "/en/author/nobody/", "/xx/", "/nothing-here",
                "/en/news/?page=999", "/en/news/politics/a/b/c", "/media/999999999/320")) {
            HttpResponse<String> response = site.get(path);
            assertEquals(404, response.statusCode(), path);
            assertFalse(response.body().contains("Exception"), "details leaked on " + path);
        }
        HttpResponse<String> arabic = site.get("/ar/no-such-section/");
        Document page = Jsoup.parse(arabic.body());
        assertEquals("ar", page.selectFirst("html").attr("lang"));
        assertEquals("الصفحة غير موجودة", page.selectFirst("h1").text());
    }

    @Test
    void malformedPageNumbersAreBadRequests() throws Exception {
        for (String path : List.of("/en/news/?page=abc", "/en/news/?page=0", "/en/news/?page=-1", "/en/search?q=a&page=x")) {
            HttpResponse<String> response = site.get(path);
            assertEquals(400, response.statusCode(), path);
            Element heading = Jsoup.parse(response.body()).selectFirst("h1");
            assertNotNull(heading, path + " answered: " + response.body());
            assertEquals("Bad request", heading.text());
        }
    }

    @Test
    void pagesCarryStrongEtagsAndAnswerNotModified() throws Exception {
        String path = firstArticlePath("es");
        HttpResponse<String> first = site.get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.startsWith("\"") && etag.endsWith("\""), "strong ETag");
        String caching = first.headers().firstValue("Cache-Control").orElseThrow();
        assertTrue(caching.contains("public") && caching.contains("s-maxage") && caching.contains("stale-while-revalidate"));
        HttpResponse<String> again = site.get(path, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertTrue(again.body().isEmpty());
        assertEquals(200, site.get(path, "If-None-Match", "\"something-else\"").statusCode());
    }

    @Test
    void noReaderPageSetsACookie() throws Exception {
        String article = firstArticlePath("ar");
        for (String path : List.of("/", "/en/", "/ar/", "/es/", "/en/news/", article, "/en/authors/", "/en/search?q=x",
                "/en/about/", "/en/missing/", "/en/news/?page=x")) {
            HttpResponse<String> response = site.get(path, "User-Agent", ReaderSite.BROWSER);
            assertFalse(response.headers().firstValue("Set-Cookie").isPresent(), "cookie on " + path);
        }
    }

    @Test
    void imagesAndAssetsAreCachedForAYear() throws Exception {
        Document home = site.page("/en/");
        String image = ReaderSite.pathOf(home.selectFirst("img[src^=/media/]").absUrl("src"));
        HttpResponse<byte[]> picture = site.getBytes(image);
        assertEquals(200, picture.statusCode());
        assertTrue(picture.headers().firstValue("Content-Type").orElseThrow().startsWith("image/"));
        assertTrue(picture.headers().firstValue("Cache-Control").orElseThrow().contains("max-age=31536000"));
        String css = home.selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(css.matches("/assets/.*-v\\d+\\.css"), "versioned stylesheet name");
        HttpResponse<String> stylesheet = site.get(css);
        assertEquals(200, stylesheet.statusCode());
        assertTrue(stylesheet.headers().firstValue("Cache-Control").orElseThrow().contains("max-age=31536000"));
    }

    @Test
    void readsByPeopleMakeAStoryMostReadButRobotsDoNot() throws Exception {
        List<String> stories = site.page("/es/news/").select("main .teaser-title a").eachAttr("href");
        String path = stories.get(5);
        String robotPath = stories.get(6);
        for (int i = 0; i < 30; i++) {
            site.get(path, "User-Agent", ReaderSite.BROWSER);
            site.get(robotPath, "User-Agent", "Googlebot/2.1 (+http://www.google.com/bot.html)");
        }
        // The counter flushes every 10 seconds; allow a few rounds.
        long deadline = System.currentTimeMillis() + 40_000;
        List<String> mostRead = List.of();
        while (System.currentTimeMillis() < deadline) {
            mostRead = site.page("/es/").select(".most-read a").eachAttr("href");
            if (mostRead.contains(path)) {
                break;
            }
            Thread.sleep(2_000);
        }
        assertEquals(path, mostRead.isEmpty() ? null : mostRead.get(0), "most read: " + mostRead);
        assertFalse(mostRead.contains(robotPath), "a robot's reads were counted");
    }
}
