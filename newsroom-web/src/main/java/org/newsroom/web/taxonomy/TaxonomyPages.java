package org.newsroom.web.taxonomy;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.AuthorView;
import org.newsroom.editorial.catalog.ReaderCatalog;
import org.newsroom.editorial.catalog.ArticleTeaser;
import org.newsroom.editorial.catalog.StoryPage;
import org.newsroom.editorial.catalog.TermView;
import org.newsroom.web.cache.SurrogateKeys;
import org.newsroom.web.site.HtmlPages;
import org.newsroom.web.site.ListPaging;
import org.newsroom.web.site.Page;
import org.newsroom.web.site.SiteFrame;
import org.newsroom.web.site.Templates;

/** Region, tag, coverage and author pages, and the authors index: every other way to group stories. */
@ApplicationScoped
@Transactional // one transaction, one pooled connection per page: the catalog's calls join it (docs/speed.md)
public class TaxonomyPages {

    @EJB
    ReaderCatalog catalog;

    @Inject
    SiteFrame frame;

    @Inject
    Templates templates;

    public Response region(Edition edition, String slug, int pageNumber) {
        TermView region = catalog.region(edition, slug).orElseThrow(NotFoundException::new);
        // ContentChanged does not name regions: any publish in the edition may change this list.
        return list(edition, "region", region.slug(), region.name(), null, pageNumber, SurrogateKeys.of(edition).anyList(),
                p -> catalog.inRegion(edition, region.id(), p, ListPaging.PAGE_SIZE));
    }

    public Response tag(Edition edition, String slug, int pageNumber) {
        TermView tag = catalog.tag(edition, slug).orElseThrow(NotFoundException::new);
        return list(edition, "tag", tag.slug(), tag.name(), null, pageNumber, SurrogateKeys.of(edition).tag(tag.slug()),
                p -> catalog.withTag(edition, tag.id(), p, ListPaging.PAGE_SIZE));
    }

    public Response coverage(Edition edition, String slug, int pageNumber) {
        TermView coverage = catalog.coverage(edition, slug).orElseThrow(NotFoundException::new);
        return list(edition, "coverage", coverage.slug(), coverage.name(), coverage.description(), pageNumber,
                SurrogateKeys.of(edition).coverage(coverage.slug()),
                p -> catalog.inCoverage(edition, coverage.id(), p, ListPaging.PAGE_SIZE));
    }

    public Response author(Edition edition, String slug, int pageNumber) {
        AuthorView author = catalog.author(slug).orElseThrow(NotFoundException::new);
        return list(edition, "author", author.slug(), author.name(), author.bio(), pageNumber,
                SurrogateKeys.of(edition).author(author.slug()),
                p -> catalog.byAuthor(edition, author.id(), p, ListPaging.PAGE_SIZE));
    }

    public Response authors(Edition edition) {
        Page page = frame.of(edition, null, null, null);
        page = page.titled(page.text("page.authors"), null, "/" + edition.code() + "/authors/");
        return HtmlPages.ok(templates.render("authors.jte", Map.of("page", page, "authors", catalog.authors())),
                SurrogateKeys.of(edition).anyList());
    }

    private Response list(Edition edition, String kind, String slug, String name, String intro, int pageNumber,
                          SurrogateKeys shows, Function<Integer, StoryPage<ArticleTeaser>> stories) {
        Page page = frame.of(edition, null, null, null);
        String base = "/" + edition.code() + "/" + kind + "/" + slug + "/";
        String heading = page.text("taxonomy." + kind, name);
        page = page.titled(heading, intro, pageNumber == 1 ? base : base + "?page=" + pageNumber);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("heading", heading);
        model.put("intro", intro);
        StoryPage<ArticleTeaser> list = stories.apply(pageNumber);
        model.put("list", list);
        model.put("base", base);
        return HtmlPages.ok(templates.render("list.jte", model), shows.articles(list.items()));
    }
}
