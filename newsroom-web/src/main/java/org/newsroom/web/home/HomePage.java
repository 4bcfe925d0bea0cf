package org.newsroom.web.home;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingTicker;
import org.newsroom.editorial.catalog.ReaderCatalog;
import org.newsroom.web.site.Templates;

/** {@code /} and the edition homes {@code /en/}, {@code /ar/}, {@code /es/}. */
@Path("")
public class HomePage {

    @EJB
    ReaderCatalog catalog;

    @EJB
    BreakingTicker ticker;

    @Inject
    Templates templates;

    @GET
    public Response root() {
        return Response.status(Response.Status.FOUND).location(URI.create("/" + Edition.DEFAULT.code() + "/")).build();
    }

    @GET
    @Path("{edition: [a-z]{2}}/")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response home(@PathParam("edition") String code) {
        Edition edition = Edition.fromCode(code).orElseThrow(NotFoundException::new);
        String html = templates.render("home.jte", Map.of(
                "edition", edition,
                "latest", catalog.latest(edition, 0, 30),
                "breaking", ticker.current(edition)));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(30);
        return Response.ok(html).cacheControl(cache).build();
    }
}
