package org.newsroom.web.site;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.PageOutOfRange;

/**
 * Every failure becomes a page in the reader's edition: 404 for what does not exist
 * (including list pages past the end), 400 for malformed input, and 500 for the rest,
 * which is logged here and never shows its details to the reader.
 */
@Provider
public class ErrorPages implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class.getName());

    @Context
    UriInfo uri;

    @Inject
    Templates templates;

    @Inject
    SiteFrame frame;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable cause = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (cause instanceof PageOutOfRange) {
            return page(404);
        }
        if (cause instanceof MalformedInput) {
            return page(400);
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status < 400) {
                return web.getResponse();
            }
            if (status < 500) {
                return page(status == 404 || status == 405 ? status : 400);
            }
        }
        LOG.log(Level.SEVERE, "Reader page failed: " + (uri == null ? "?" : uri.getPath()), thrown);
        return page(500);
    }

    private Response page(int status) {
        Edition edition = editionOfRequest();
        String caching = status == 500 ? "no-store" : "public, max-age=60";
        Page page;
        try {
            page = frame.of(edition, null, null, null);
        } catch (RuntimeException e) {
            // The database may be why we are here: an error page without menus is better than none.
            page = bare(edition);
        }
        page = page.titled(page.text("error." + status + ".title"), null, null);
        return HtmlPages.status(status, templates.render("error.jte", Map.of("page", page, "status", status)), caching);
    }

    private static Page bare(Edition edition) {
        Map<Edition, String> homes = new EnumMap<>(Edition.class);
        for (Edition other : Edition.values()) {
            homes.put(other, "/" + other.code() + "/");
        }
        return new Page(edition, null, null, null, List.of(), List.of(), List.of(), homes, Map.of());
    }

    private Edition editionOfRequest() {
        if (uri == null) {
            return Edition.DEFAULT;
        }
        String path = uri.getPath();
        String first = path.replaceFirst("^/", "").split("/", 2)[0];
        return Edition.fromCode(first).orElse(Edition.DEFAULT);
    }
}
