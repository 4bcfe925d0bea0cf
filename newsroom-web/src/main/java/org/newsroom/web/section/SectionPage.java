package org.newsroom.web.section;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.ReaderCatalog;
import org.newsroom.editorial.catalog.SectionView;
import org.newsroom.editorial.catalog.ArticleTeaser;
import org.newsroom.editorial.catalog.StoryPage;
import org.newsroom.web.cache.SurrogateKeys;
import org.newsroom.web.site.HtmlPages;
import org.newsroom.web.site.ListPaging;
import org.newsroom.web.site.Page;
import org.newsroom.web.site.SiteFrame;
import org.newsroom.web.site.Templates;

/** Section and subsection pages: their stories, newest first, a top-level section including its subsections. */
@ApplicationScoped
@Transactional // one transaction, one pooled connection per page: the catalog's calls join it (docs/speed.md)
public class SectionPage {

    @EJB
    ReaderCatalog catalog;

    @Inject
    SiteFrame frame;

    @Inject
    Templates templates;

    public Response render(Edition edition, String parentSlug, String slug, int pageNumber) {
        Page page = frame.of(edition, null, null, null);
        SectionView section = page.sections().stream()
                .filter(s -> s.slug().equals(slug) && java.util.Objects.equals(s.parentSlug(), parentSlug))
                .findFirst().orElseThrow(NotFoundException::new);
        String base = "/" + edition.code() + "/" + section.path() + "/";
        page = page.titled(section.name(), null, pageNumber == 1 ? base : base + "?page=" + pageNumber);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("heading", section.name());
        StoryPage<ArticleTeaser> list = catalog.inSection(edition, section.id(), pageNumber, ListPaging.PAGE_SIZE);
        model.put("list", list);
        model.put("base", base);
        model.put("subsections", page.subsectionsOf(section));
        // A top-level section lists its subsections' stories too: a publish names only the story's own section.
        SurrogateKeys shows = SurrogateKeys.of(edition).section(section.slug()).articles(list.items());
        page.subsectionsOf(section).forEach(sub -> shows.section(sub.slug()));
        return HtmlPages.ok(templates.render("list.jte", model), shows);
    }

    /** {@code /en/news} without its slash: send the reader to the section's one URL. */
    public Response redirectToList(Edition edition, String slug) {
        return catalog.section(edition, null, slug)
                .map(s -> HtmlPages.movedPermanently("/" + edition.code() + "/" + s.path() + "/"))
                .orElseThrow(NotFoundException::new);
    }
}
