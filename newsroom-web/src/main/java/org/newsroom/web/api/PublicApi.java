package org.newsroom.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.ReaderCatalog;
import org.newsroom.editorial.published.PublishedStories;
import org.newsroom.editorial.published.StoryFilter;
import org.newsroom.editorial.published.StoryPage;
import org.newsroom.web.address.PublicAddress;

/**
 * {@code /api/v1/…}: editions, taxonomy, story lists and single stories. Parameters
 * arrive as strings and are checked here, so a bad one is a 400 that names it rather
 * than the framework's bare 404.
 */
@Path("api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class PublicApi {

    public static final int DEFAULT_PAGE_SIZE = 20;
    private static final int MAX_PAGE = 10_000;

    @EJB
    PublishedStories stories;

    @EJB
    ReaderCatalog catalog;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @GET
    @Path("editions")
    public Response editions() {
        PublicAddress address = PublicAddress.of(uri);
        List<EditionDocument> editions = Arrays.stream(Edition.values()).map(e -> new EditionDocument(e.code(),
                e.locale().toLanguageTag(), e.direction(), address.absolute("/" + e.code() + "/"),
                address.absolute("/api/v1/articles?edition=" + e.code()),
                address.absolute("/api/v1/editions/" + e.code() + "/sections"),
                address.absolute("/feeds/" + e.code() + "/feed.rss"),
                address.absolute("/feeds/" + e.code() + "/feed.atom"))).toList();
        return ValidatedJson.of(Map.of("editions", editions), request);
    }

    @GET
    @Path("editions/{edition}/sections")
    public Response sections(@PathParam("edition") String edition) {
        return ValidatedJson.of(Map.of("sections", stories.sections(edition(edition, "edition"))), request);
    }

    @GET
    @Path("editions/{edition}/regions")
    public Response regions(@PathParam("edition") String edition) {
        return ValidatedJson.of(Map.of("regions", stories.regions(edition(edition, "edition"))), request);
    }

    @GET
    @Path("editions/{edition}/tags")
    public Response tags(@PathParam("edition") String edition) {
        return ValidatedJson.of(Map.of("tags", stories.tags(edition(edition, "edition"))), request);
    }

    @GET
    @Path("editions/{edition}/coverages")
    public Response coverages(@PathParam("edition") String edition) {
        return ValidatedJson.of(Map.of("coverages", stories.coverages(edition(edition, "edition"))), request);
    }

    @GET
    @Path("articles")
    public Response articles(@QueryParam("edition") String edition, @QueryParam("section") String section,
            @QueryParam("region") String region, @QueryParam("tag") String tag,
            @QueryParam("coverage") String coverage, @QueryParam("author") String author,
            @QueryParam("kind") String kind, @QueryParam("page") String page, @QueryParam("size") String size) {
        StoryFilter filter = new StoryFilter(edition == null ? null : edition(edition, "edition"),
                slug(section, "section"), slug(region, "region"), slug(tag, "tag"), slug(coverage, "coverage"),
                slug(author, "author"), kind(kind), null);
        int pageNumber = number(page, "page", 0, 0, MAX_PAGE);
        int pageSize = number(size, "size", DEFAULT_PAGE_SIZE, 1, PublishedStories.MAX_PAGE_SIZE);
        StoryPage result = stories.list(filter, pageNumber, pageSize);
        PublicAddress address = PublicAddress.of(uri);
        String next = (long) (pageNumber + 1) * pageSize < result.total()
                ? address.absolute(pathAndQuery(uri.getRequestUriBuilder().replaceQueryParam("page", pageNumber + 1).build()))
                : null;
        return ValidatedJson.of(new ArticleList(
                result.items().stream().map(s -> ArticleDocument.of(s, address, false)).toList(),
                result.page(), result.size(), result.total(), next), request);
    }

    @GET
    @Path("articles/{id}")
    public Response article(@PathParam("id") String id) {
        long articleId = id(id);
        return stories.byId(articleId)
                .map(s -> ValidatedJson.of(ArticleDocument.of(s, PublicAddress.of(uri), true), request))
                .orElseThrow(() -> ApiProblem.notFound("No published article has id " + articleId));
    }

    @GET
    @Path("editions/{edition}/articles/{slug}")
    public Response articleBySlug(@PathParam("edition") String edition, @PathParam("slug") String slug) {
        Edition ed = edition(edition, "edition");
        String s = slug(slug, "slug");
        return stories.bySlug(ed, s)
                .map(story -> ValidatedJson.of(ArticleDocument.of(story, PublicAddress.of(uri), true), request))
                .orElseThrow(() -> ApiProblem.notFound("No published article in edition '" + ed.code()
                        + "' has the slug '" + s + "'"));
    }

    /** The edition's most read stories over the last 48 hours (reads are counted by the reader site). */
    @GET
    @Path("editions/{edition}/most-read")
    public Response mostRead(@PathParam("edition") String edition, @QueryParam("size") String size) {
        Edition ed = edition(edition, "edition");
        int count = number(size, "size", 10, 1, 20);
        PublicAddress address = PublicAddress.of(uri);
        List<MostReadItem> items = catalog.mostRead(ed, count).stream()
                .map(t -> new MostReadItem(t.id(), t.headline(), address.absolute("/" + ed.code() + "/" + t.sectionPath()
                        + "/" + t.slug()), t.sectionName(), t.publishedAt() == null ? null : t.publishedAt().toString()))
                .toList();
        return ValidatedJson.of(Map.of("items", items), request);
    }

    /** One entry of the most-read list. */
    public record MostReadItem(long id, String headline, String url, String section, String publishedAt) {
    }

    /** Breaking items have their own resource (with a live stream); this only points there. */
    @GET
    @Path("editions/{edition}/breaking")
    public Response breaking(@PathParam("edition") String edition) {
        Edition ed = edition(edition, "edition");
        return Response.status(Response.Status.SEE_OTHER)
                .location(URI.create(PublicAddress.of(uri).absolute("/api/v1/breaking?edition=" + ed.code()))).build();
    }

    /** Any other path below /api/v1/ is a problem document too, not the reader site's HTML 404. */
    @GET
    @Path("{unknown: .+}")
    public Response unknown(@PathParam("unknown") String unknown) {
        throw ApiProblem.notFound("There is no API resource at /api/v1/" + unknown);
    }

    // ---- parameters ----------------------------------------------------------------------------

    static Edition edition(String code, String parameter) {
        if (code == null || code.isBlank()) {
            throw ApiProblem.badParameter(parameter, "is required: one of " + editionCodes());
        }
        return Edition.fromCode(code.strip().toLowerCase(Locale.ROOT)).orElseThrow(
                () -> ApiProblem.badParameter(parameter, "must be one of " + editionCodes()));
    }

    private static String editionCodes() {
        return String.join(", ", Arrays.stream(Edition.values()).map(Edition::code).toList());
    }

    static String slug(String value, String parameter) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!Slug.isValid(value)) {
            throw ApiProblem.badParameter(parameter, "must be a slug: letters, digits and single hyphens, at most "
                    + Slug.MAX_LENGTH + " characters");
        }
        return value;
    }

    static ArticleKind kind(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return ArticleKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badParameter("kind", "must be one of " + Arrays.toString(ArticleKind.values()));
        }
    }

    static int number(String value, String parameter, int fallback, int min, int max) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw ApiProblem.badParameter(parameter, "must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter(parameter, "must be a whole number between " + min + " and " + max);
        }
    }

    private static long id(String value) {
        try {
            long id = Long.parseLong(value);
            if (id <= 0) {
                throw ApiProblem.badParameter("id", "must be a positive whole number");
            }
            return id;
        } catch (NumberFormatException e) {
            throw ApiProblem.badParameter("id", "must be a positive whole number");
        }
    }

    private static String pathAndQuery(URI u) {
        return u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    }
}
