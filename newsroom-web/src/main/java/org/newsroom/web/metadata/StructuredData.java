package org.newsroom.web.metadata;

import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jsoup.Jsoup;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.AuthorView;
import org.newsroom.editorial.catalog.TermView;
import org.newsroom.editorial.catalog.LeadImage;
import org.newsroom.editorial.catalog.PublishedStory;
import org.newsroom.web.address.PublicAddress;

/**
 * schema.org JSON-LD built with JSON-P: the story's type follows its kind
 * (NewsArticle, OpinionNewsArticle, AnalysisNewsArticle, LiveBlogPosting, VideoObject),
 * plus BreadcrumbList and the NewsMediaOrganization of the home page.
 */
public final class StructuredData {

    /**
     * Looked up once: every {@code Json.createObjectBuilder()} looks the provider up again through
     * the service loader, which searched the deployment's jars on every article render (a profile
     * put 14 % of an uncached article page there).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String CONTEXT = "https://schema.org";

    private StructuredData() {
    }

    /** A step of a breadcrumb trail; {@code path} is a site path such as {@code /en/news/}. */
    public record Crumb(String name, String path) {
    }

    public static String schemaType(ArticleKind kind) {
        return switch (kind) {
            case OPINION -> "OpinionNewsArticle";
            case ANALYSIS -> "AnalysisNewsArticle";
            case LIVE -> "LiveBlogPosting";
            case VIDEO -> "VideoObject";
            default -> "NewsArticle";
        };
    }

    /** The story's JSON-LD, from the same record the article page renders (one load per page). */
    public static JsonObject article(PublishedStory story, PublicAddress address) {
        String url = address.absolute(story.path());
        String description = story.summary() == null ? "" : Jsoup.parse(story.summary()).text();
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("@context", CONTEXT)
                .add("@type", schemaType(story.kind()))
                .add("mainEntityOfPage", url)
                .add("url", url)
                .add("inLanguage", story.edition().locale().toLanguageTag());
        JsonArrayBuilder authors = JSON.createArrayBuilder();
        for (AuthorView author : story.authors()) {
            authors.add(JSON.createObjectBuilder().add("@type", "Person").add("name", author.name())
                    .add("url", address.absolute("/" + story.edition().code() + "/author/" + author.slug() + "/")));
        }
        LeadImage image = story.leadImage();
        String imageUrl = image == null ? null : address.absolute(image.sharePath());
        if (story.kind() == ArticleKind.VIDEO) {
            // A VideoObject has a name and upload date, not a headline and publication date.
            json.add("name", story.headline()).add("description", description)
                    .add("uploadDate", iso(story.publishedAt()));
            if (image != null) {
                json.add("thumbnailUrl", imageUrl);
            }
            if (story.videoUrl() != null) {
                json.add("embedUrl", story.videoUrl());
            }
            json.add("author", authors);
        } else {
            json.add("headline", story.headline()).add("description", description)
                    .add("datePublished", iso(story.publishedAt()))
                    .add("dateModified", iso(story.modifiedAt()))
                    .add("author", authors)
                    .add("articleSection", story.section().name());
            if (image != null) {
                json.add("image", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                        .add("@type", "ImageObject").add("url", imageUrl)
                        .add("width", image.shareWidth()).add("height", image.shareHeight())));
            }
            if (story.kind() == ArticleKind.LIVE) {
                json.add("coverageStartTime", iso(story.publishedAt()));
            }
            if (!story.tags().isEmpty()) {
                json.add("keywords", String.join(", ", story.tags().stream().map(TermView::name).toList()));
            }
        }
        json.add("publisher", publisher(story.edition(), address));
        return json.build();
    }

    public static JsonObject breadcrumbs(List<Crumb> trail, PublicAddress address) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        for (int i = 0; i < trail.size(); i++) {
            items.add(JSON.createObjectBuilder().add("@type", "ListItem").add("position", i + 1)
                    .add("name", trail.get(i).name()).add("item", address.absolute(trail.get(i).path())));
        }
        return JSON.createObjectBuilder().add("@context", CONTEXT).add("@type", "BreadcrumbList")
                .add("itemListElement", items).build();
    }

    /** The home page's description of the publisher. */
    public static JsonObject organization(Edition edition, PublicAddress address) {
        return JSON.createObjectBuilder(publisher(edition, address)).add("@context", CONTEXT)
                .add("url", address.absolute("/" + edition.code() + "/")).build();
    }

    private static JsonObject publisher(Edition edition, PublicAddress address) {
        return JSON.createObjectBuilder()
                .add("@type", "NewsMediaOrganization")
                .add("name", SiteIdentity.name(edition))
                .add("url", address.absolute("/"))
                .add("logo", JSON.createObjectBuilder().add("@type", "ImageObject")
                        .add("url", address.absolute(SiteIdentity.LOGO_PATH)))
                .build();
    }

    /**
     * The {@code <script type="application/ld+json">} element for a document. JSON is
     * not HTML-safe by itself: {@code </script>} inside a headline would end the
     * element, so every {@code <}, {@code >} and {@code &} is written as a JSON escape.
     */
    public static String scriptTag(JsonObject document) {
        String json = document.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    private static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
