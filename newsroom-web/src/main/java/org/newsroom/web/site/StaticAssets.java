package org.newsroom.web.site;

import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Our CSS and JS from {@code src/main/webapp/assets/}. Each file carries its version in
 * its name ({@code site-v1.css}), so a changed file is a new URL and every file may be
 * cached for a year. Only plain names of our own two types are served.
 */
@Path("assets")
public class StaticAssets {

    @Context
    ServletContext servletContext;

    @GET
    @Path("{name: [a-z0-9-]+-v[0-9]+\\.(css|js|svg)}")
    public Response asset(@PathParam("name") String name) {
        try (InputStream in = servletContext.getResourceAsStream("/assets/" + name)) {
            if (in == null) {
                throw new NotFoundException();
            }
            String type = name.endsWith(".css") ? "text/css;charset=UTF-8"
                    : name.endsWith(".svg") ? "image/svg+xml" : "text/javascript;charset=UTF-8";
            return Response.ok(in.readAllBytes(), type)
                    .header("Cache-Control", "public, max-age=31536000, immutable")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
