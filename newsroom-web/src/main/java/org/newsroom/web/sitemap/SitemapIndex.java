package org.newsroom.web.sitemap;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.temporal.ChronoUnit;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.StorySitemaps;
import org.newsroom.web.address.PublicAddress;
import static org.newsroom.web.sitemap.Sitemaps.cached;
import static org.newsroom.web.sitemap.Sitemaps.element;
import static org.newsroom.web.sitemap.Sitemaps.xml;

/**
 * {@code /sitemap.xml}: every edition's sitemaps — one of articles per month that has stories,
 * newest first, then sections, tags and news — with the edition's last change as lastmod.
 */
@Path("sitemap.xml")
public class SitemapIndex {

    @EJB
    StorySitemaps stories;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_XML + ";charset=UTF-8")
    public Response index() {
        PublicAddress address = PublicAddress.of(uri);
        return xml(w -> {
            w.writeStartElement("sitemapindex");
            w.writeDefaultNamespace(Sitemaps.SITEMAP_NS);
            Map<Edition, List<YearMonth>> months = stories.months();
            for (Edition edition : Edition.values()) {
                Instant lastChange = stories.lastChange(edition).orElse(null);
                List<String> paths = new ArrayList<>();
                months.get(edition).forEach(month -> paths.add(Sitemaps.path(edition, month)));
                Sitemaps.PARTS.forEach(part -> paths.add(Sitemaps.path(edition, part)));
                for (String path : paths) {
                    w.writeStartElement("sitemap");
                    element(w, "loc", address.absolute(path));
                    if (lastChange != null) {
                        element(w, "lastmod", lastChange.truncatedTo(ChronoUnit.SECONDS).toString());
                    }
                    w.writeEndElement();
                }
            }
            w.writeEndElement();
        }, 600);
    }
}
