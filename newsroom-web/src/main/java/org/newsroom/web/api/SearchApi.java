package org.newsroom.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.newsroom.editorial.search.ArticleSearch;
import org.newsroom.editorial.search.SearchQuery;
import org.newsroom.editorial.search.SearchResults;
import org.newsroom.web.address.PublicAddress;

/**
 * {@code /api/v1/search?edition=en&q=…}: ranked, highlighted hits. Any text is accepted
 * for {@code q} (the engine's lenient parser reads operators and quotes, and never fails
 * on a stray one); unknown filters are a 400 that names them.
 */
@Path("api/v1/search")
@Tag(name = "Search", description = "Full-text search of published stories")
@Produces(MediaType.APPLICATION_JSON)
public class SearchApi {

    private static final int MAX_PAGE = 1000;

    @EJB
    ArticleSearch search;

    @EJB
    ReaderCatalog catalog;

    @Context
    UriInfo uri;

    @Context
    Request request;

    /** A hit with an absolute URL; the two HTML fields contain only {@code <mark>} around matched words. */
    public record Hit(long id, String edition, String kind, String headline, String headlineHtml, String snippetHtml,
            String url, String section, java.time.Instant publishedAt, float score) {
    }

    public record Results(String query, long total, int page, int size, java.util.List<Hit> hits) {
    }

    @GET
    @Operation(summary = "Search an edition's published stories: ranked hits with the matched words marked")
    @APIResponse(responseCode = "200", description = "A page of hits", content = @Content(schema = @Schema(implementation = Results.class)))
    public Response search(
            @Parameter(description = PublicApi.EDITION, required = true, schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "ar", "es"}))
            @QueryParam("edition") String edition,
            @Parameter(description = "Words, \"a phrase\", -excluded, OR; any text is accepted") @QueryParam("q") String q,
            @Parameter(description = "A section's slug in that edition", schema = @Schema(type = SchemaType.STRING, maxLength = Slug.MAX_LENGTH))
            @QueryParam("section") String section,
            @Parameter(description = "A region's slug in that edition", schema = @Schema(type = SchemaType.STRING, maxLength = Slug.MAX_LENGTH))
            @QueryParam("region") String region,
            @Parameter(description = PublicApi.KIND, schema = @Schema(implementation = ArticleKind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "Published on or after this day (UTC)", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("from") String from,
            @Parameter(description = "Published on or before this day (UTC)", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("to") String to,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "0", maximum = "" + MAX_PAGE, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(description = "Hits per page", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", maximum = "" + ArticleSearch.MAX_PAGE_SIZE, defaultValue = "10")) @QueryParam("size") String size) {
        Edition ed = PublicApi.edition(edition, "edition");
        String sectionSlug = PublicApi.slug(section, "section");
        if (sectionSlug != null && catalog.section(ed, sectionSlug).isEmpty()) {
            throw ApiProblem.badParameter("section", "names no section of edition '" + ed.code() + "'");
        }
        String regionSlug = PublicApi.slug(region, "region");
        if (regionSlug != null && catalog.region(ed, regionSlug).isEmpty()) {
            throw ApiProblem.badParameter("region", "names no region of edition '" + ed.code() + "'");
        }
        LocalDate fromDay = day(from, "from");
        LocalDate toDay = day(to, "to");
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw ApiProblem.badParameter("to", "is before 'from'");
        }
        SearchResults results = search.search(new SearchQuery(ed, q, sectionSlug, regionSlug, PublicApi.kind(kind),
                fromDay, toDay, PublicApi.number(page, "page", 0, 0, MAX_PAGE),
                PublicApi.number(size, "size", 10, 1, ArticleSearch.MAX_PAGE_SIZE)));
        PublicAddress address = PublicAddress.of(uri);
        return ValidatedJson.of(new Results(results.query(), results.total(), results.page(), results.size(),
                results.hits().stream().map(h -> new Hit(h.id(), h.edition().code(), h.kind().name(), h.headline(),
                        h.headlineHtml(), h.snippetHtml(), address.absolute(h.path()), h.sectionName(), h.publishedAt(),
                        h.score())).toList()), request);
    }

    private static LocalDate day(String value, String parameter) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badParameter(parameter, "must be a date like 2026-01-31");
        }
    }
}
