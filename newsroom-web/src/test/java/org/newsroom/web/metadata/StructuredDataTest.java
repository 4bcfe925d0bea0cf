package org.newsroom.web.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.AuthorView;
import org.newsroom.editorial.catalog.SectionView;
import org.newsroom.editorial.catalog.TermView;
import org.newsroom.editorial.catalog.LeadImage;
import org.newsroom.editorial.catalog.PublishedStory;
import org.newsroom.web.address.PublicAddress;

class StructuredDataTest {

    private static final PublicAddress SITE = new PublicAddress("https://news.example");
    private static final Instant PUBLISHED = Instant.parse("2026-03-01T10:15:30Z");
    private static final Instant CORRECTED = Instant.parse("2026-03-01T12:00:00Z");

    static PublishedStory story(ArticleKind kind, String headline) {
        return new PublishedStory(42, Edition.EN, kind, headline, "a-story", "A <b>short</b> summary.", "<p>Body</p>", "Agency",
                kind == ArticleKind.VIDEO ? "https://video.example/1" : null, null, 400,
                new SectionView(7, "politics", "Politics", "news", "News"), PUBLISHED, CORRECTED, "group",
                new LeadImage(9, "image/jpeg", 1600, 1066, "A square", "Caption", "Credit"),
                List.of(new AuthorView(1, "ana-lopez", "Ana López", null), new AuthorView(2, "sam-lee", "Sam Lee", null)),
                List.of(new TermView(3, "elections", "Elections", null)), List.of(), List.of());
    }

    @ParameterizedTest
    @EnumSource(ArticleKind.class)
    void everyKindGetsItsSchemaTypeWithAuthorsPublisherAndImage(ArticleKind kind) {
        JsonObject json = StructuredData.article(story(kind, "Headline"), SITE);
        String expected = switch (kind) {
            case OPINION -> "OpinionNewsArticle";
            case ANALYSIS -> "AnalysisNewsArticle";
            case LIVE -> "LiveBlogPosting";
            case VIDEO -> "VideoObject";
            default -> "NewsArticle";
        };
        assertEquals("https://schema.org", json.getString("@context"));
        assertEquals(expected, json.getString("@type"));
        assertEquals(2, json.getJsonArray("author").size());
        assertEquals("Ana López", json.getJsonArray("author").getJsonObject(0).getString("name"));
        assertEquals("NewsMediaOrganization", json.getJsonObject("publisher").getString("@type"));
        assertEquals("https://news.example/en/news/politics/a-story", json.getString("mainEntityOfPage"));
        if (kind == ArticleKind.VIDEO) {
            assertEquals("Headline", json.getString("name"));
            assertEquals("2026-03-01T10:15:30Z", json.getString("uploadDate"));
            assertEquals("https://news.example/media/9/1200", json.getString("thumbnailUrl"));
            assertEquals("A short summary.", json.getString("description"));
        } else {
            assertEquals("Headline", json.getString("headline"));
            assertEquals("2026-03-01T10:15:30Z", json.getString("datePublished"));
            assertEquals("2026-03-01T12:00:00Z", json.getString("dateModified"));
            assertEquals("Politics", json.getString("articleSection"));
            JsonObject image = json.getJsonArray("image").getJsonObject(0);
            assertEquals("https://news.example/media/9/1200", image.getString("url"));
            assertEquals(1200, image.getInt("width"));
            assertEquals(799, image.getInt("height"), "the share size the API and feeds give: 1066 × 1200 / 1600, cut");
            assertEquals("Elections", json.getString("keywords"));
        }
        if (kind == ArticleKind.LIVE) {
            assertEquals("2026-03-01T10:15:30Z", json.getString("coverageStartTime"));
        }
    }

    @Test
    void aHeadlineCannotEndTheScriptElement() {
        String tag = StructuredData.scriptTag(StructuredData.article(story(ArticleKind.NEWS, "</script><script>alert(1)</script>"),
                SITE));
        assertFalse(tag.substring(0, tag.length() - "</script>".length()).contains("</script"), tag);
        String json = tag.substring(tag.indexOf('>') + 1, tag.lastIndexOf("</script>"));
        JsonObject parsed = Json.createReader(new StringReader(json)).readObject();
        assertEquals("</script><script>alert(1)</script>", parsed.getString("headline"));
    }

    @Test
    void breadcrumbsArePositionedFromOne() {
        JsonObject json = StructuredData.breadcrumbs(List.of(new StructuredData.Crumb("News", "/en/news/"),
                new StructuredData.Crumb("Politics", "/en/news/politics/")), SITE);
        assertEquals("BreadcrumbList", json.getString("@type"));
        assertEquals(1, json.getJsonArray("itemListElement").getJsonObject(0).getInt("position"));
        assertEquals("https://news.example/en/news/politics/",
                json.getJsonArray("itemListElement").getJsonObject(1).getString("item"));
    }

    @Test
    void theHomeDescribesTheNewsOrganisation() {
        JsonObject json = StructuredData.organization(Edition.AR, SITE);
        assertEquals("NewsMediaOrganization", json.getString("@type"));
        assertEquals("https://news.example/ar/", json.getString("url"));
    }
}
