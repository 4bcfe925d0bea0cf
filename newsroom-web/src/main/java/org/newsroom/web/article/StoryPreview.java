package org.newsroom.web.article;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.editorial.catalog.ArticlePageParts;
import org.newsroom.editorial.catalog.ArticleTeaser;
import org.newsroom.editorial.catalog.PublishedStories;
import org.newsroom.editorial.catalog.PublishedStory;
import org.newsroom.editorial.catalog.ReaderCatalog;
import org.newsroom.web.site.HtmlPages;
import org.newsroom.web.site.Page;
import org.newsroom.web.site.SiteFrame;
import org.newsroom.web.site.Templates;

/**
 * A staff preview of a story before it is published, rendered by the reader page's own
 * template so it looks exactly as readers will see it, with a PREVIEW banner on top.
 * Reached only with a pass the console issued ({@code /preview/{token}}); never stored by
 * the page cache (the path is outside it), never by browsers or CDNs ({@code no-store}),
 * never indexed. It counts no read and shows no "most read".
 */
@Path("preview/{token}")
public class StoryPreview {

    static final String NOT_FOR_CACHES = "private, no-store, max-age=0";

    @EJB
    PublishedStories stories;

    @EJB
    ReaderCatalog catalog;

    @Inject
    SiteFrame frame;

    @Inject
    Templates templates;

    @GET
    @Produces(HtmlPages.HTML)
    public Response render(@PathParam("token") String token) {
        PublishedStory article = stories.preview(token).orElse(null);
        if (article == null) {
            return Response.status(Response.Status.NOT_FOUND).type(HtmlPages.HTML)
                    .entity("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Preview expired</title>"
                            + "<meta name=\"robots\" content=\"noindex\"></head><body><h1>This preview link has expired or is not valid.</h1>"
                            + "<p>Open the story in the console and choose Preview again.</p></body></html>")
                    .header("Cache-Control", NOT_FOR_CACHES).header("X-Robots-Tag", "noindex, nofollow").build();
        }
        Page page = frame.of(article.edition(), null, null, null)
                .titled("PREVIEW · " + article.headline(), article.summary(), article.path());
        ArticlePageParts parts = stories.pageParts(article);
        List<ArticleTeaser> readNext = catalog.readNext(article.edition(), article.section().id(), article.id(), 4);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("article", article);
        model.put("parts", parts);
        model.put("body", ArticleBody.render(article, parts, readNext, page));
        model.put("shareUrl", page.canonicalUrl());
        model.put("encodedUrl", URLEncoder.encode(page.canonicalUrl(), StandardCharsets.UTF_8));
        model.put("encodedHeadline", URLEncoder.encode(article.headline(), StandardCharsets.UTF_8));
        model.put("readNext", readNext);
        model.put("mostRead", List.of());
        model.put("structuredData", "");
        String html = withBanner(templates.render("article.jte", model));
        return Response.ok(html, HtmlPages.HTML).header("Cache-Control", NOT_FOR_CACHES)
                .header("X-Robots-Tag", "noindex, nofollow").build();
    }

    /** The banner goes first in the body, in the page's own markup, so nobody mistakes the page for the live one. */
    static String withBanner(String html) {
        String banner = "<div id=\"preview-banner\" role=\"status\" style=\"position:sticky;top:0;z-index:1000;"
                + "background:#b00020;color:#fff;font:bold 1rem sans-serif;padding:.5rem 1rem;text-align:center\">"
                + "PREVIEW — not published; readers cannot see this page</div>";
        int body = html.indexOf("<body");
        int end = body < 0 ? -1 : html.indexOf('>', body);
        return end < 0 ? banner + html : html.substring(0, end + 1) + banner + html.substring(end + 1);
    }
}
