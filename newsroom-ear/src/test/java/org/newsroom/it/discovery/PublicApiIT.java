package org.newsroom.it.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.ReaderSite;

/** The public JSON API as the apps use it, over HTTP. */
@ExtendWith(ArquillianExtension.class)
class PublicApiIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PublicApiIT.class, HiddenStories.class);
    }

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    private final ReaderSite site = new ReaderSite();

    @Test
    void mostReadListsStoriesOfTheEditionAndRefusesBadParameters() throws Exception {
        HttpResponse<String> response = site.get("/api/v1/editions/en/most-read?size=5");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("ETag").isPresent());
        for (JsonValue item : ReaderSite.json(response).getJsonArray("items")) {
            String url = item.asJsonObject().getString("url");
            assertTrue(url.startsWith(Deployments.baseUrl() + "/en/") || url.contains("/en/"), url);
        }
        assertEquals(400, site.get("/api/v1/editions/xx/most-read").statusCode());
        assertEquals(400, site.get("/api/v1/editions/en/most-read?size=500").statusCode());
    }

    @Test
    void theOpenApiDocumentDescribesTheApiOnly() throws Exception {
        HttpResponse<String> response = site.get("/openapi");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().startsWith("---") || response.body().startsWith("openapi"), response.body());
        assertTrue(response.body().contains("/api/v1/articles/{id}"), "articles missing");
        assertTrue(response.body().contains("/api/v1/search"), "search missing");
        assertFalse(response.body().contains("/feeds/"), "feeds are not part of the JSON API");
    }

    @Test
    void editionsListAllThreeWithTheirFeeds() throws Exception {
        JsonObject body = ReaderSite.json(site.get("/api/v1/editions"));
        assertEquals(3, body.getJsonArray("editions").size());
        assertTrue(body.getJsonArray("editions").getJsonObject(0).getString("rss").endsWith("/feeds/en/feed.rss"));
    }

    @Test
    void sectionsComeAsATwoLevelTree() throws Exception {
        HttpResponse<String> response = site.get("/api/v1/editions/en/sections");
        assertEquals(200, response.statusCode());
        List<JsonObject> sections = ReaderSite.json(response).getJsonArray("sections").getValuesAs(JsonObject.class);
        assertFalse(sections.isEmpty());
        assertTrue(sections.stream().anyMatch(s -> !s.getJsonArray("subsections").isEmpty()), "no section has subsections");
        for (String taxonomy : List.of("regions", "tags", "coverages")) {
            assertFalse(ReaderSite.json(site.get("/api/v1/editions/ar/" + taxonomy)).getJsonArray(taxonomy).isEmpty(),
                    taxonomy);
        }
    }

    @Test
    void articleListsArePagedAndFiltered() throws Exception {
        JsonObject first = ReaderSite.json(site.get("/api/v1/articles?edition=es&size=5"));
        assertEquals(5, first.getJsonArray("items").size());
        assertTrue(first.getJsonNumber("total").longValue() > 5);
        assertTrue(first.getString("next").contains("page=1"));
        JsonObject second = ReaderSite.json(site.get("/api/v1/articles?edition=es&size=5&page=1"));
        assertFalse(first.getJsonArray("items").getJsonObject(0).getJsonNumber("id")
                .equals(second.getJsonArray("items").getJsonObject(0).getJsonNumber("id")));

        JsonObject opinion = ReaderSite.json(site.get("/api/v1/articles?edition=en&kind=opinion&size=100"));
        assertFalse(opinion.getJsonArray("items").isEmpty(), "no opinion pieces in the demo content");
        opinion.getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(a -> assertEquals("OPINION", a.getString("kind")));

        // The newest stories may be other tests' (a translation with no tags or byline): take the newest demo-like ones.
        List<JsonObject> newest = ReaderSite.json(site.get("/api/v1/articles?edition=es&size=50")).getJsonArray("items")
                .getValuesAs(JsonObject.class);
        JsonObject tagged0 = newest.stream().filter(a -> !a.getJsonArray("tags").isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no tagged story among the newest 50"));
        String tag = tagged0.getJsonArray("tags").getJsonObject(0).getString("slug");
        JsonObject tagged = ReaderSite.json(site.get("/api/v1/articles?edition=es&tag=" + tag + "&size=100"));
        assertFalse(tagged.getJsonArray("items").isEmpty());
        tagged.getJsonArray("items").getValuesAs(JsonObject.class).forEach(a -> assertTrue(
                a.getJsonArray("tags").getValuesAs(JsonObject.class).stream().anyMatch(t -> t.getString("slug").equals(tag))));
        String author = newest.stream().filter(a -> !a.getJsonArray("authors").isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("no story with a byline among the newest 50"))
                .getJsonArray("authors").getJsonObject(0).getString("slug");
        assertFalse(ReaderSite.json(site.get("/api/v1/articles?author=" + author)).getJsonArray("items").isEmpty());
    }

    @Test
    void oneArticleHasSanitizedBodyPlainSummaryAndTheSameDocumentBySlug() throws Exception {
        JsonObject listed = ReaderSite.json(site.get("/api/v1/articles?edition=ar&size=1")).getJsonArray("items")
                .getJsonObject(0);
        long id = listed.getJsonNumber("id").longValue();
        HttpResponse<String> byId = site.get("/api/v1/articles/" + id);
        assertEquals(200, byId.statusCode());
        JsonObject article = ReaderSite.json(byId);
        assertFalse(article.getString("bodyHtml").isBlank());
        assertFalse(article.getString("bodyHtml").contains("<script"), "body not sanitized");
        assertFalse(article.getString("summary").contains("<"), "summary is not plain text");
        assertTrue(article.getString("url").contains("/ar/"));
        assertNotNull(article.get("authors"));
        HttpResponse<String> bySlug = site.get("/api/v1/editions/ar/articles/" + article.getString("slug"));
        assertEquals(200, bySlug.statusCode());
        assertEquals(byId.body(), bySlug.body());
    }

    @Test
    void aRevalidationWithTheETagIsANotModified() throws Exception {
        HttpResponse<String> first = site.get("/api/v1/articles?edition=en&size=3");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(etag.startsWith("\""), "not a strong ETag: " + etag);
        HttpResponse<String> again = site.get("/api/v1/articles?edition=en&size=3", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(200, site.get("/api/v1/articles?edition=en&size=4", "If-None-Match", etag).statusCode());
    }

    @Test
    void anyOriginMayReadTheApiButPagesGetNoCorsHeaders() throws Exception {
        HttpResponse<String> api = site.get("/api/v1/editions", "Origin", "https://apps.example");
        assertEquals("*", api.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> page = site.get("/en/", "Origin", "https://apps.example");
        assertTrue(page.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void unknownThingsAreProblemDocuments() throws Exception {
        assertProblem(site.get("/api/v1/articles/999999999"), 404, "999999999");
        assertProblem(site.get("/api/v1/editions/en/articles/no-such-story-anywhere"), 404, "no-such-story-anywhere");
        assertProblem(site.get("/api/v1/nothing/here"), 404, "/api/v1/nothing/here");
    }

    @Test
    void badParametersAre400NamingTheParameter() throws Exception {
        assertProblem(site.get("/api/v1/articles/abc"), 400, "'id'");
        assertProblem(site.get("/api/v1/articles?size=1000"), 400, "'size'");
        assertProblem(site.get("/api/v1/articles?page=-1"), 400, "'page'");
        assertProblem(site.get("/api/v1/articles?edition=fr"), 400, "'edition'");
        assertProblem(site.get("/api/v1/articles?kind=rumour"), 400, "'kind'");
        assertProblem(site.get("/api/v1/articles?tag=" + ReaderSite.encode("<script>")), 400, "'tag'");
        assertProblem(site.get("/api/v1/search?edition=en&q=x&from=yesterday"), 400, "'from'");
    }

    @Test
    void draftsAndStoriesInReviewNeverLeak() throws Exception {
        List<Article> hidden = HiddenStories.of(em);
        String everything = site.get("/api/v1/articles?size=100").body() + site.get("/api/v1/articles?size=100&page=1").body()
                + site.get("/api/v1/articles?size=100&page=2").body();
        for (Article story : hidden) {
            assertProblem(site.get("/api/v1/articles/" + story.getId()), 404, String.valueOf(story.getId()));
            assertProblem(site.get("/api/v1/editions/" + story.getEdition().code() + "/articles/" + story.getSlug()), 404,
                    story.getSlug());
            assertFalse(everything.contains("\"slug\":\"" + story.getSlug() + "\""), story.getStatus() + " listed");
            JsonObject found = ReaderSite.json(site.get("/api/v1/search?edition=" + story.getEdition().code() + "&q="
                    + ReaderSite.encode("\"" + story.getHeadline() + "\"")));
            found.getJsonArray("hits").getValuesAs(JsonObject.class).forEach(
                    hit -> assertFalse(hit.getJsonNumber("id").longValue() == story.getId(), "search shows a " + story.getStatus()));
        }
        assertEquals(ArticleStatus.DRAFT, hidden.stream().filter(a -> a.getStatus() == ArticleStatus.DRAFT).findFirst()
                .orElseThrow().getStatus());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detailMentions) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.headers().firstValue("Content-Type").orElse("none"));
        JsonObject problem = ReaderSite.json(response);
        assertEquals(status, problem.getInt("status"));
        assertNotNull(problem.getString("title"));
        assertNotNull(problem.getString("type"));
        assertTrue(problem.getString("detail").contains(detailMentions), problem.getString("detail"));
        assertFalse(problem.get("detail").getValueType() == JsonValue.ValueType.NULL);
    }
}
