package org.newsroom.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.ArticleTeaser;
import org.newsroom.editorial.catalog.ReaderCatalog;
import org.newsroom.editorial.catalog.SectionView;
import org.newsroom.web.cache.SurrogateKeys;
import org.newsroom.web.site.HtmlPages;
import org.newsroom.web.site.Page;
import org.newsroom.web.site.SiteFrame;
import org.newsroom.web.site.Templates;

/** The edition home: lead story, a block per top-level section, latest, most read and coverages. */
@ApplicationScoped
@Transactional // one transaction, one pooled connection per page: the catalog's calls join it (docs/speed.md)
public class HomePage {

    @EJB
    ReaderCatalog catalog;

    @Inject
    SiteFrame frame;

    @Inject
    Templates templates;

    public Response render(Edition edition) {
        Page page = frame.of(edition, null, null, "/" + edition.code() + "/");
        page = page.titled(page.text("home.title"), page.text("site.slogan"), "/" + edition.code() + "/");
        List<ArticleTeaser> latest = catalog.latest(edition, 0, 11);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("lead", latest.isEmpty() ? null : latest.get(0));
        model.put("latest", latest.isEmpty() ? latest : latest.subList(1, latest.size()));
        model.put("coverages", catalog.coverages(edition));
        Map<SectionView, List<ArticleTeaser>> blocks = catalog.sectionBlocks(edition, 4);
        List<ArticleTeaser> mostRead = catalog.mostRead(edition, 5);
        model.put("blocks", blocks);
        model.put("mostRead", mostRead);
        SurrogateKeys shows = SurrogateKeys.of(edition).home().articles(latest).articles(mostRead);
        blocks.values().forEach(shows::articles);
        return HtmlPages.ok(templates.render("home.jte", model), shows);
    }
}
