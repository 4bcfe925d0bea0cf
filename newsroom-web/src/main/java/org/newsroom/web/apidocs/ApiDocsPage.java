package org.newsroom.web.apidocs;

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
import java.util.Map;

/**
 * {@code /api-docs/}: Swagger UI on the public API's OpenAPI document. Every reader URL is a JAX-RS
 * resource (the servlet container's file serving is not mapped), so this serves the few files of
 * {@code src/main/webapp/api-docs/} by name; any other name is a 404.
 */
@Path("api-docs")
public class ApiDocsPage {

    private static final String PAGE = "index.html";
    /** The files and their types; Swagger UI's change only with its version, so a day's caching is safe. */
    private static final Map<String, String> FILES = Map.of(
            PAGE, "text/html;charset=UTF-8",
            "start.js", "text/javascript;charset=UTF-8",
            "swagger-ui-bundle.js", "text/javascript;charset=UTF-8",
            "swagger-ui.css", "text/css;charset=UTF-8",
            "swagger-ui-bundle.js.LICENSE.txt", "text/plain;charset=UTF-8");

    @Context
    ServletContext servletContext;

    @GET
    public Response page() {
        return file(PAGE);
    }

    @GET
    @Path("{name}")
    public Response file(@PathParam("name") String name) {
        String type = FILES.get(name);
        if (type == null) {
            throw new NotFoundException();
        }
        try (InputStream in = servletContext.getResourceAsStream("/api-docs/" + name)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return Response.ok(in.readAllBytes(), type).header("Cache-Control", "public, max-age=86400").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
