package org.newsroom.web.about;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsroom.domain.edition.Edition;
import org.newsroom.web.cache.SurrogateKeys;
import org.newsroom.web.site.HtmlPages;
import org.newsroom.web.site.Page;
import org.newsroom.web.site.SiteFrame;
import org.newsroom.web.site.Templates;

/**
 * About, Contact and Privacy. Their texts live in the resource bundles for now, one key
 * per paragraph ({@code about.p1}, {@code about.p2}, …); the console will manage them later.
 */
@ApplicationScoped
public class AboutPages {

    @Inject
    SiteFrame frame;

    @Inject
    Templates templates;

    public Response render(Edition edition, String name) {
        Page page = frame.of(edition, null, null, null);
        page = page.titled(page.text("page." + name), null, "/" + edition.code() + "/" + name + "/");
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; Page.bundle(edition).containsKey(name + ".p" + i); i++) {
            paragraphs.add(page.text(name + ".p" + i));
        }
        return HtmlPages.ok(templates.render("text.jte", Map.of("page", page, "paragraphs", paragraphs)),
                SurrogateKeys.of(edition));
    }
}
