package org.newsroom.web.search;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.StoryPage;
import org.newsroom.editorial.search.ArticleSearch;
import org.newsroom.editorial.search.SearchQuery;
import org.newsroom.editorial.search.SearchResults;
import org.newsroom.web.site.HtmlPages;
import org.newsroom.web.site.ListPaging;
import org.newsroom.web.site.MalformedInput;
import org.newsroom.web.site.Page;
import org.newsroom.web.site.SiteFrame;
import org.newsroom.web.site.Templates;

/**
 * {@code /{edition}/search?q=…}: the search engine's ranked, highlighted results, with
 * the filters readers expect (section, region, kind, date range). Any text is accepted;
 * malformed filters get a 400 page naming them.
 */
@ApplicationScoped
public class SearchPage {

    static final int MAX_QUERY = 200;

    @EJB
    ArticleSearch engine;

    @Inject
    SiteFrame frame;

    @Inject
    Templates templates;

    public Response render(Edition edition, String rawQuery, int pageNumber, MultivaluedMap<String, String> parameters) {
        String words = rawQuery == null ? "" : rawQuery.strip();
        if (words.length() > MAX_QUERY) {
            throw new MalformedInput("Query too long");
        }
        Filters filters = Filters.of(parameters);
        Page page = frame.of(edition, null, null, null);
        String heading = words.isEmpty() ? page.text("search.title") : page.text("search.results", words);
        page = page.titled(heading, null, null);
        SearchResults results = engine.search(new SearchQuery(edition, words, filters.section, filters.region,
                filters.kind, filters.from, filters.to, pageNumber - 1, ListPaging.PAGE_SIZE));
        int pageCount = StoryPage.pageCount(results.total(), ListPaging.PAGE_SIZE);
        if (pageNumber > pageCount) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("heading", heading);
        model.put("words", words);
        model.put("filters", filters);
        model.put("results", results);
        model.put("pager", new StoryPage<>(List.of(), pageNumber, pageCount, results.total()));
        model.put("base", "/" + edition.code() + "/search");
        model.put("query", filters.queryString(words));
        return HtmlPages.ok(templates.render("search.jte", model));
    }

    /** The optional filters as typed in the URL; empty means "any". */
    public record Filters(String section, String region, ArticleKind kind, LocalDate from, LocalDate to) {

        static Filters of(MultivaluedMap<String, String> parameters) {
            return new Filters(slug(parameters, "section"), slug(parameters, "region"), kind(parameters.getFirst("kind")),
                    date(parameters, "from"), date(parameters, "to"));
        }

        private static String slug(MultivaluedMap<String, String> parameters, String name) {
            String value = parameters.getFirst(name);
            if (value == null || value.isBlank()) {
                return null;
            }
            if (!Slug.isValid(value)) {
                throw new MalformedInput("Bad " + name);
            }
            return value;
        }

        private static ArticleKind kind(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return ArticleKind.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new MalformedInput("Bad kind");
            }
        }

        private static LocalDate date(MultivaluedMap<String, String> parameters, String name) {
            String value = parameters.getFirst(name);
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new MalformedInput("Bad " + name);
            }
        }

        public String kindName() {
            return kind == null ? "" : kind.name().toLowerCase(Locale.ROOT);
        }

        /** The query string the pager repeats, ending with "&" so it can add the page. */
        String queryString(String words) {
            StringBuilder query = new StringBuilder("q=").append(encode(words)).append('&');
            append(query, "section", section);
            append(query, "region", region);
            append(query, "kind", kind == null ? null : kindName());
            append(query, "from", from == null ? null : from.toString());
            append(query, "to", to == null ? null : to.toString());
            return query.toString();
        }

        private static void append(StringBuilder query, String name, String value) {
            if (value != null) {
                query.append(name).append('=').append(encode(value)).append('&');
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
