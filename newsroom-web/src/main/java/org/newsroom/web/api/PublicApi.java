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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.ReaderCatalog;
import org.newsroom.editorial.catalog.PublishedStories;
import org.newsroom.editorial.catalog.PublishedStory;
import org.newsroom.editorial.catalog.StoryFilter;
import org.newsroom.editorial.catalog.StoryPage;
import org.newsroom.editorial.catalog.TermView;
import org.newsroom.editorial.catalog.Translation;
import org.newsroom.web.address.PublicAddress;

/**
 * {@code /api/v1/…}: editions, taxonomy, story lists and single stories. Parameters
 * arrive as strings and are checked here, so a bad one is a 400 that names it rather
 * than the framework's bare 404; their {@code @Parameter} schemas tell clients the same rules
 * (types, ranges, choices) in the OpenAPI document at /openapi.
 */
@Tag(name = "Stories", description = "Published stories, editions and their taxonomy")
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
    @Operation(summary = "The three editions and where their content lives")
    @APIResponse(responseCode = "200", description = "The editions", content = @Content(schema = @Schema(implementation = EditionList.class)))
    public Response editions() {
        PublicAddress address = PublicAddress.of(uri);
        List<EditionDocument> editions = Arrays.stream(Edition.values()).map(e -> new EditionDocument(e.code(),
                e.locale().toLanguageTag(), e.direction(), address.absolute("/" + e.code() + "/"),
                address.absolute("/api/v1/articles?edition=" + e.code()),
                address.absolute("/api/v1/editions/" + e.code() + "/sections"),
                address.absolute("/feeds/" + e.code() + "/feed.rss"),
                address.absolute("/feeds/" + e.code() + "/feed.atom"))).toList();
        return ValidatedJson.of(new EditionList(editions), request);
    }

    @GET
    @Path("editions/{edition}/sections")
    @Operation(summary = "The edition's sections as a two-level tree")
    @APIResponse(responseCode = "200", description = "The sections", content = @Content(schema = @Schema(implementation = SectionTree.class)))
    public Response sections(@Parameter(description = EDITION, schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "ar", "es"}))
                             @PathParam("edition") String edition) {
        return ValidatedJson.of(new SectionTree(SectionNode.tree(catalog.sections(edition(edition, "edition")))), request);
    }

    @GET
    @Path("editions/{edition}/regions")
    @Operation(summary = "The edition's regions")
    @APIResponse(responseCode = "200", description = "The terms", content = @Content(schema = @Schema(implementation = RegionList.class)))
    public Response regions(@Parameter(description = EDITION, schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "ar", "es"}))
                           @PathParam("edition") String edition) {
        return ValidatedJson.of(new RegionList(terms(catalog.regions(edition(edition, "edition")))), request);
    }

    @GET
    @Path("editions/{edition}/tags")
    @Operation(summary = "The edition's tags")
    @APIResponse(responseCode = "200", description = "The terms", content = @Content(schema = @Schema(implementation = TagList.class)))
    public Response tags(@Parameter(description = EDITION, schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "ar", "es"}))
                           @PathParam("edition") String edition) {
        return ValidatedJson.of(new TagList(terms(catalog.tags(edition(edition, "edition")))), request);
    }

    @GET
    @Path("editions/{edition}/coverages")
    @Operation(summary = "The edition's coverages (running stories)")
    @APIResponse(responseCode = "200", description = "The terms", content = @Content(schema = @Schema(implementation = CoverageList.class)))
    public Response coverages(@Parameter(description = EDITION, schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "ar", "es"}))
                           @PathParam("edition") String edition) {
        return ValidatedJson.of(new CoverageList(terms(catalog.coverages(edition(edition, "edition")))), request);
    }

    @GET
    @Path("articles")
    @Operation(summary = "Published stories, newest first, with optional filters")
    @APIResponse(responseCode = "200", description = "A page of stories (without their bodies)",
            content = @Content(schema = @Schema(implementation = ArticleList.class)))
    public Response articles(
            @Parameter(description = EDITION, schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "ar", "es"})) @QueryParam("edition") String edition,
            @Parameter(description = "A section's slug; a top-level section includes its subsections",
                    schema = @Schema(type = SchemaType.STRING, maxLength = Slug.MAX_LENGTH)) @QueryParam("section") String section,
            @Parameter(description = "A region's slug", schema = @Schema(type = SchemaType.STRING, maxLength = Slug.MAX_LENGTH)) @QueryParam("region") String region,
            @Parameter(description = "A tag's slug", schema = @Schema(type = SchemaType.STRING, maxLength = Slug.MAX_LENGTH)) @QueryParam("tag") String tag,
            @Parameter(description = "A coverage's slug", schema = @Schema(type = SchemaType.STRING, maxLength = Slug.MAX_LENGTH)) @QueryParam("coverage") String coverage,
            @Parameter(description = "An author's slug", schema = @Schema(type = SchemaType.STRING, maxLength = Slug.MAX_LENGTH)) @QueryParam("author") String author,
            @Parameter(description = KIND, schema = @Schema(implementation = ArticleKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "0", maximum = "" + MAX_PAGE, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Stories per page", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", maximum = "" + PublishedStories.MAX_PAGE_SIZE, defaultValue = "" + DEFAULT_PAGE_SIZE)) @QueryParam("size") String size) {
        StoryFilter filter = new StoryFilter(edition == null ? null : edition(edition, "edition"),
                slug(section, "section"), slug(region, "region"), slug(tag, "tag"), slug(coverage, "coverage"),
                slug(author, "author"), kind(kind), null);
        int pageNumber = number(page, "page", 0, 0, MAX_PAGE);
        int pageSize = number(size, "size", DEFAULT_PAGE_SIZE, 1, PublishedStories.MAX_PAGE_SIZE);
        StoryPage<PublishedStory> result = stories.list(filter, pageNumber, pageSize);
        PublicAddress address = PublicAddress.of(uri);
        String next = (long) (pageNumber + 1) * pageSize < result.total()
                ? address.absolute(pathAndQuery(uri.getRequestUriBuilder().replaceQueryParam("page", pageNumber + 1).build()))
                : null;
        return ValidatedJson.of(new ArticleList(
                result.items().stream().map(s -> ArticleDocument.of(s, List.of(), address, false)).toList(),
                pageNumber, pageSize, result.total(), next), request);
    }

    @GET
    @Path("articles/{id}")
    @Operation(summary = "One published story with its body")
    @APIResponse(responseCode = "200", description = "The story", content = @Content(schema = @Schema(implementation = ArticleDocument.class)))
    public Response article(@Parameter(description = "The story's id", schema = @Schema(type = SchemaType.INTEGER,
            format = "int64", minimum = "1")) @PathParam("id") String id) {
        long articleId = id(id);
        return stories.byId(articleId)
                .map(s -> ValidatedJson.of(document(s), request))
                .orElseThrow(() -> ApiProblem.notFound("No published article has id " + articleId));
    }

    @GET
    @Path("editions/{edition}/articles/{slug}")
    @Operation(summary = "One published story by edition and slug, with its body")
    @APIResponse(responseCode = "200", description = "The story", content = @Content(schema = @Schema(implementation = ArticleDocument.class)))
    public Response articleBySlug(
            @Parameter(description = EDITION, schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "ar", "es"})) @PathParam("edition") String edition,
            @Parameter(description = "The story's slug", schema = @Schema(type = SchemaType.STRING, maxLength = Slug.MAX_LENGTH)) @PathParam("slug") String slug) {
        Edition ed = edition(edition, "edition");
        String s = slug(slug, "slug");
        return stories.bySlug(ed, s)
                .map(story -> ValidatedJson.of(document(story), request))
                .orElseThrow(() -> ApiProblem.notFound("No published article in edition '" + ed.code()
                        + "' has the slug '" + s + "'"));
    }

    /** A single story's document: with its body and its published versions in the other editions. */
    private ArticleDocument document(PublishedStory story) {
        List<Translation> others = catalog.translations(story.translationGroup()).stream()
                .filter(t -> t.edition() != story.edition()).toList();
        return ArticleDocument.of(story, others, PublicAddress.of(uri), true);
    }

    /** The edition's most read stories over the last 48 hours (reads are counted by the reader site). */
    @GET
    @Path("editions/{edition}/most-read")
    @Operation(summary = "The edition's most read stories over the last 48 hours")
    @APIResponse(responseCode = "200", description = "The stories, most read first",
            content = @Content(schema = @Schema(implementation = MostReadList.class)))
    public Response mostRead(
            @Parameter(description = EDITION, schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "ar", "es"})) @PathParam("edition") String edition,
            @Parameter(description = "How many", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", maximum = "20", defaultValue = "10")) @QueryParam("size") String size) {
        Edition ed = edition(edition, "edition");
        int count = number(size, "size", 10, 1, 20);
        PublicAddress address = PublicAddress.of(uri);
        List<MostReadItem> items = catalog.mostRead(ed, count).stream()
                .map(t -> new MostReadItem(t.id(), t.headline(), address.absolute("/" + ed.code() + "/" + t.sectionPath()
                        + "/" + t.slug()), t.sectionName(), t.publishedAt() == null ? null : t.publishedAt().toString()))
                .toList();
        return ValidatedJson.of(new MostReadList(items), request);
    }

    /** One entry of the most-read list. */
    public record MostReadItem(long id, String headline, String url, String section, String publishedAt) {
    }

    /** The bodies of the list answers above: named records, so the OpenAPI document can say what each holds. */
    public record MostReadList(List<MostReadItem> items) {
    }

    public record EditionList(List<EditionDocument> editions) {
    }

    public record SectionTree(List<SectionNode> sections) {
    }

    private static List<TermRef> terms(List<TermView> terms) {
        return terms.stream().map(TermRef::of).toList();
    }

    public record RegionList(List<TermRef> regions) {
    }

    public record TagList(List<TermRef> tags) {
    }

    public record CoverageList(List<TermRef> coverages) {
    }

    static final String EDITION = "Edition code (any case)";
    static final String KIND = "Kind of story (any case)";

    /** Breaking items have their own resource (with a live stream); this only points there. */
    @GET
    @Path("editions/{edition}/breaking")
    @Operation(summary = "Where the edition's breaking news is: a redirect to /api/v1/breaking?edition=")
    @APIResponse(responseCode = "303", description = "See /api/v1/breaking?edition=")
    public Response breaking(@Parameter(description = EDITION, schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "ar", "es"}))
                             @PathParam("edition") String edition) {
        Edition ed = edition(edition, "edition");
        return Response.status(Response.Status.SEE_OTHER)
                .location(URI.create(PublicAddress.of(uri).absolute("/api/v1/breaking?edition=" + ed.code()))).build();
    }

    /** Any other path below /api/v1/ is a problem document too, not the reader site's HTML 404. */
    @GET
    @Path("{unknown: .+}")
    @Operation(hidden = true)
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
