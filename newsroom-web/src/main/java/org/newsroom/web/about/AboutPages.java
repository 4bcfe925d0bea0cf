package org.newsroom.web.about;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsroom.domain.edition.Edition;
import org.newsroom.web.cache.SurrogateKeys;
import org.newsroom.editorial.site.PageText;
import org.newsroom.web.site.EditedSiteTexts;
import org.newsroom.web.site.HtmlPages;
import org.newsroom.web.site.Page;
import org.newsroom.web.site.SiteFrame;
import org.newsroom.web.site.Templates;

/**
 * About, Contact and Privacy: the text an administrator wrote in the console (SiteContent)
 * when there is one, else the resource bundles' paragraphs ({@code about.p1}, {@code about.p2}, …).
 */
@ApplicationScoped
@Transactional // one transaction, one pooled connection per page: the catalog's calls join it (docs/speed.md)
public class AboutPages {

    @Inject
    SiteFrame frame;

    @Inject
    Templates templates;

    @Inject
    EditedSiteTexts edited;

    public Response render(Edition edition, String name) {
        Page page = frame.of(edition, null, null, null);
        Optional<PageText> written = edited.page(edition, name);
        if (written.isPresent()) {
            // Sanitized when saved (SiteContent), so the template may print it as HTML.
            page = page.titled(written.get().title(), null, "/" + edition.code() + "/" + name + "/");
            return HtmlPages.ok(templates.render("static.jte", Map.of("page", page, "html", written.get().body())),
                    SurrogateKeys.of(edition));
        }
        page = page.titled(page.text("page." + name), null, "/" + edition.code() + "/" + name + "/");
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; Page.bundle(edition).containsKey(name + ".p" + i); i++) {
            paragraphs.add(page.text(name + ".p" + i));
        }
        return HtmlPages.ok(templates.render("text.jte", Map.of("page", page, "paragraphs", paragraphs)),
                SurrogateKeys.of(edition));
    }
}
