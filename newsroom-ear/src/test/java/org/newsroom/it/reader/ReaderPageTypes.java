package org.newsroom.it.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.it.support.ReaderSite;
import org.openqa.selenium.json.Json;

/**
 * One address of every reader page type of an edition, found the way a reader finds them
 * (menus and links), with the article of each kind from the public API. The markup and
 * accessibility checks walk this list, so a page type added to {@code EditionRoutes} belongs here.
 */
final class ReaderPageTypes {

    /** A page type, the address that shows it, and the status it answers with. */
    record PageType(String name, String path, int status) {
        /** A story page (one of each kind), as against lists, static pages and errors. */
        boolean story() {
            return name.startsWith(STORY);
        }

        @Override
        public String toString() {
            return name + " " + path;
        }
    }

    private static final String STORY = "story: ";

    private ReaderPageTypes() {
    }

    static List<PageType> of(ReaderSite site, String edition) throws Exception {
        String root = "/" + edition + "/";
        Document home = site.page(root);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", root);

        Element sectionWithSubsections = null;
        for (Element link : home.select(".main-menu a[href^=" + root + "]")) {
            String path = ReaderSite.pathOf(link.absUrl("href"));
            if (!path.equals(root)) {
                Document section = site.page(path);
                pages.putIfAbsent("section", path);
                if (section.selectFirst(".subsections a") != null) {
                    sectionWithSubsections = section.selectFirst(".subsections a");
                    if (!pages.get("section").equals(path)) {
                        pages.put("section with subsections", path);
                    }
                    Element next = section.selectFirst(".pager a[rel=next]");
                    if (next != null) {
                        pages.put("section, second page", ReaderSite.pathOf(next.absUrl("href")));
                    }
                    break;
                }
            }
        }
        if (sectionWithSubsections == null) {
            throw new AssertionError("no section with subsections in the menu of " + root);
        }
        pages.put("subsection", ReaderSite.pathOf(sectionWithSubsections.absUrl("href")));

        for (ArticleKind kind : ArticleKind.values()) {
            HttpResponse<String> found = site.get("/api/v1/articles?edition=" + edition + "&kind="
                    + kind.name().toLowerCase() + "&size=1");
            assertEquals(200, found.statusCode(), found.body());
            // Selenium's JSON reader: the client side of these tests has no JSON-P implementation.
            List<Map<String, Object>> items = new Json().<Map<String, List<Map<String, Object>>>>toType(found.body(),
                    Json.MAP_TYPE).get("items");
            if (items.isEmpty()) {
                throw new AssertionError("no published " + kind + " story in " + root);
            }
            pages.put(STORY + kind.name().toLowerCase(), ReaderSite.pathOf((String) items.get(0).get("url")));
        }
        for (ArticleKind kind : ArticleKind.values()) {
            Document article = site.page(pages.get(STORY + kind.name().toLowerCase()));
            linkOf(article, ".tags a", "tag", pages);
            linkOf(article, ".regions a", "region", pages);
            linkOf(article, ".coverage a", "coverage", pages);
            linkOf(article, "a[rel=author]", "author", pages);
        }
        for (String needed : List.of("tag", "region", "coverage", "author")) {
            if (!pages.containsKey(needed)) {
                throw new AssertionError("no " + needed + " link on any story of " + root + " found");
            }
        }
        pages.put("authors", root + "authors/");
        pages.put("about", root + "about/");
        pages.put("contact", root + "contact/");
        pages.put("privacy", root + "privacy/");
        pages.put("search form", root + "search");
        String word = home.selectFirst(".lead-story h2 a").text().split("\\s+")[0];
        pages.put("search results", root + "search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));

        List<PageType> types = new ArrayList<>();
        pages.forEach((name, path) -> types.add(new PageType(name, path, 200)));
        types.add(new PageType("not found", root + "no-such-section-here/", 404));
        types.add(new PageType("bad request", root + "news/?page=zero", 400));
        return types;
    }

    private static void linkOf(Document page, String selector, String name, Map<String, String> pages) {
        Element link = page.selectFirst(selector);
        if (link != null) {
            pages.putIfAbsent(name, ReaderSite.pathOf(link.absUrl("href")));
        }
    }
}
