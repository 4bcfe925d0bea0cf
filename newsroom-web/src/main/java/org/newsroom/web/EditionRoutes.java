package org.newsroom.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.newsroom.domain.edition.Edition;
import org.newsroom.web.about.AboutPages;
import org.newsroom.web.article.ArticlePage;
import org.newsroom.web.home.HomePage;
import org.newsroom.web.search.SearchPage;
import org.newsroom.web.section.SectionPage;
import org.newsroom.web.site.HtmlPages;
import org.newsroom.web.site.ListPaging;
import org.newsroom.web.taxonomy.TaxonomyPages;

/**
 * The URL scheme in one place. Section paths are editorial data, so below the edition
 * the path is matched here by shape rather than by one annotation per page type:
 * a trailing slash means a list page, none means an article.
 */
@Path("")
public class EditionRoutes {

    private static final List<String> ABOUT_PAGES = List.of("about", "contact", "privacy");

    @Inject
    HomePage home;

    @Inject
    SectionPage sections;

    @Inject
    TaxonomyPages taxonomy;

    @Inject
    SearchPage search;

    @Inject
    AboutPages about;

    @Inject
    ArticlePage articles;

    @GET
    public Response root() {
        return Response.status(Response.Status.FOUND).location(URI.create("/" + Edition.DEFAULT.code() + "/")).build();
    }

    @GET
    @Path("{edition: [a-z]{2}}{rest: (/.*)?}")
    @Produces(HtmlPages.HTML)
    public Response page(@PathParam("edition") String code, @Context UriInfo uri,
                         @QueryParam("page") String pageParam, @QueryParam("q") String query,
                         @HeaderParam("User-Agent") String userAgent) {
        Edition edition = Edition.fromCode(code).orElseThrow(NotFoundException::new);
        // The container drops a trailing slash from path parameters, and here it matters: read the request's own path.
        String rest = uri.getRequestUri().getPath().substring(1 + code.length());
        if (rest.isEmpty()) {
            return HtmlPages.movedPermanently("/" + edition.code() + "/");
        }
        if (rest.equals("/")) {
            return home.render(edition);
        }
        boolean list = rest.endsWith("/");
        String[] parts = rest.substring(1, list ? rest.length() - 1 : rest.length()).split("/", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                throw new NotFoundException();
            }
        }
        if (!list) {
            if (parts.length == 1 && parts[0].equals("search")) {
                return search.render(edition, query, ListPaging.pageNumber(pageParam), uri.getQueryParameters());
            }
            if (parts.length == 1) {
                return sections.redirectToList(edition, parts[0]);
            }
            if (parts.length <= 3) {
                String sectionPath = String.join("/", List.of(parts).subList(0, parts.length - 1));
                return articles.render(edition, sectionPath, parts[parts.length - 1], userAgent);
            }
            throw new NotFoundException();
        }
        int pageNumber = ListPaging.pageNumber(pageParam);
        if (parts.length == 1 && ABOUT_PAGES.contains(parts[0])) {
            return about.render(edition, parts[0]);
        }
        if (parts.length == 1 && parts[0].equals("authors")) {
            return taxonomy.authors(edition);
        }
        if (parts.length == 2) {
            switch (parts[0]) {
                case "region": return taxonomy.region(edition, parts[1], pageNumber);
                case "tag": return taxonomy.tag(edition, parts[1], pageNumber);
                case "coverage": return taxonomy.coverage(edition, parts[1], pageNumber);
                case "author": return taxonomy.author(edition, parts[1], pageNumber);
                default: return sections.render(edition, parts[0], parts[1], pageNumber);
            }
        }
        if (parts.length == 1) {
            return sections.render(edition, null, parts[0], pageNumber);
        }
        throw new NotFoundException();
    }
}
