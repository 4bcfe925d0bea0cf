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
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.PageOutOfRange;
import org.newsroom.web.address.PublicAddress;
import org.newsroom.web.api.ProblemDocuments;

/**
 * Every failure becomes a page in the reader's edition: 404 for what does not exist
 * (including list pages past the end), 400 for malformed input, and 500 for the rest,
 * which is logged here and never shows its details to the reader. Below {@code /api/} the
 * same outcomes are problem documents instead of pages (the API's own refusals are
 * {@link ProblemDocuments}'), and a failure of ours carries only an incident id, the one in the log.
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
            return answer(404, "There is no such page of this list");
        }
        if (cause instanceof MalformedInput malformed) {
            return answer(400, malformed.getMessage());
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            if (status < 400) {
                return web.getResponse();
            }
            if (status < 500) {
                return refusedByHttp(web.getResponse());
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Reader page failed (incident " + incident + "): " + (uri == null ? "?" : uri.getPath()), thrown);
        if (isApi()) {
            return ProblemDocuments.response(500, "Internal Server Error",
                    "Something went wrong on our side. Quote incident " + incident + " when you report it.", incident);
        }
        return page(500);
    }

    /** A refusal the JAX-RS runtime made before any resource ran (no such address, wrong method). */
    private Response refusedByHttp(Response refused) {
        int status = refused.getStatus() == 404 || refused.getStatus() == 405 ? refused.getStatus() : 400;
        Response answer = answer(status, switch (status) {
            case 404 -> "Nothing is found under this address";
            case 405 -> "This address is read with " + String.join(", ", refused.getAllowedMethods()) + " only";
            default -> "The request could not be understood";
        });
        return refused.getAllowedMethods().isEmpty() ? answer : Response.fromResponse(answer).allow(refused.getAllowedMethods()).build();
    }

    /** A problem document for the API, an error page in the reader's edition for everything else. */
    private Response answer(int status, String detail) {
        if (isApi()) {
            Response.Status known = Response.Status.fromStatusCode(status);
            return ProblemDocuments.response(status, known == null ? "HTTP " + status : known.getReasonPhrase(), detail, null);
        }
        return page(status);
    }

    private boolean isApi() {
        return uri != null && uri.getPath().replaceFirst("^/", "").startsWith("api/");
    }

    private Response page(int status) {
        Edition edition = editionOfRequest();
        String caching = status == 500 ? "no-store" : "public, max-age=60";
        Page page;
        try {
            page = frame.of(edition, null, null, null);
        } catch (RuntimeException e) {
            // The database may be why we are here: an error page without menus is better than none.
            page = bare(edition, uri == null ? null : PublicAddress.of(uri));
        }
        page = page.titled(page.text("error." + status + ".title"), null, null);
        return HtmlPages.status(status, templates.render("error.jte", Map.of("page", page, "status", status)), caching);
    }

    /** A page frame without menus; an error page has no canonical URL, so {@code address} may be unknown. */
    private static Page bare(Edition edition, PublicAddress address) {
        Map<Edition, String> homes = new EnumMap<>(Edition.class);
        for (Edition other : Edition.values()) {
            homes.put(other, "/" + other.code() + "/");
        }
        return new Page(edition, null, null, null, List.of(), List.of(), List.of(), homes, Map.of(), address);
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
