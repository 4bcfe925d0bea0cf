package org.newsroom.web.search;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.ReaderCatalog;
import org.newsroom.editorial.catalog.TeaserPage;
import org.newsroom.web.site.HtmlPages;
import org.newsroom.web.site.MalformedInput;
import org.newsroom.web.site.ListPaging;
import org.newsroom.web.site.Page;
import org.newsroom.web.site.SiteFrame;
import org.newsroom.web.site.Templates;

/** Search results from a plain database match until the discovery issue brings a search engine. */
@ApplicationScoped
public class SearchPage {

    static final int MAX_QUERY = 100;

    @EJB
    ReaderCatalog catalog;

    @Inject
    SiteFrame frame;

    @Inject
    Templates templates;

    public Response render(Edition edition, String rawQuery, int pageNumber) {
        String words = rawQuery == null ? "" : rawQuery.strip();
        if (words.length() > MAX_QUERY) {
            throw new MalformedInput("Query too long");
        }
        Page page = frame.of(edition, null, null, null);
        String heading = words.isEmpty() ? page.text("search.title") : page.text("search.results", words);
        page = page.titled(heading, null, null);
        TeaserPage results = words.isEmpty() ? new TeaserPage(List.of(), 1, 1, 0)
                : catalog.search(edition, words, pageNumber, ListPaging.PAGE_SIZE);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("heading", heading);
        model.put("list", results);
        model.put("base", "/" + edition.code() + "/search");
        model.put("query", "q=" + URLEncoder.encode(words, StandardCharsets.UTF_8) + "&");
        return HtmlPages.ok(templates.render("list.jte", model));
    }
}
