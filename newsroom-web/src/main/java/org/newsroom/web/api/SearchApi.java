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
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.published.PublishedStories;
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
@Produces(MediaType.APPLICATION_JSON)
public class SearchApi {

    @EJB
    ArticleSearch search;

    @EJB
    PublishedStories stories;

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
    public Response search(@QueryParam("edition") String edition, @QueryParam("q") String q,
            @QueryParam("section") String section, @QueryParam("region") String region,
            @QueryParam("kind") String kind, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        Edition ed = PublicApi.edition(edition, "edition");
        String sectionSlug = PublicApi.slug(section, "section");
        if (sectionSlug != null && stories.section(ed, sectionSlug).isEmpty()) {
            throw ApiProblem.badParameter("section", "names no section of edition '" + ed.code() + "'");
        }
        String regionSlug = PublicApi.slug(region, "region");
        if (regionSlug != null && stories.region(ed, regionSlug).isEmpty()) {
            throw ApiProblem.badParameter("region", "names no region of edition '" + ed.code() + "'");
        }
        LocalDate fromDay = day(from, "from");
        LocalDate toDay = day(to, "to");
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw ApiProblem.badParameter("to", "is before 'from'");
        }
        SearchResults results = search.search(new SearchQuery(ed, q, sectionSlug, regionSlug, PublicApi.kind(kind),
                fromDay, toDay, PublicApi.number(page, "page", 0, 0, 1000),
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
