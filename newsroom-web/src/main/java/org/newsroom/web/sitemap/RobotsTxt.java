package org.newsroom.web.sitemap;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.newsroom.web.address.PublicAddress;
import static org.newsroom.web.sitemap.Sitemaps.cached;

/** {@code /robots.txt}: crawl the site, not the console or the API, and find the sitemap index. */
@Path("robots.txt")
public class RobotsTxt {

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    public Response robots() {
        PublicAddress address = PublicAddress.of(uri);
        String body = "User-agent: *\n"
                + "Disallow: /admin/\n"
                + "Disallow: /api/\n"
                + "Allow: /\n\n"
                + "Sitemap: " + address.absolute("/sitemap.xml") + "\n";
        return cached(Response.ok(body), 3600);
    }
}
