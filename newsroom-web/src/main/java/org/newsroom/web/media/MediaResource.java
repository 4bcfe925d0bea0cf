package org.newsroom.web.media;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.newsroom.editorial.catalog.MediaLibrary;
import org.newsroom.editorial.catalog.RenditionBytes;

/**
 * {@code /media/{id}/{width}}: image renditions from the database. A rendition never
 * changes once stored, so browsers and the CDN may keep it for a year.
 */
@Path("media")
public class MediaResource {

    static final int MAX_WIDTH = 4096;

    @EJB
    MediaLibrary library;

    @GET
    @Path("{id: [0-9]{1,18}}/{width: [0-9]{1,4}}")
    public Response rendition(@PathParam("id") long id, @PathParam("width") int width) {
        if (width < 1 || width > MAX_WIDTH) {
            throw new NotFoundException();
        }
        RenditionBytes rendition = library.rendition(id, width).orElseThrow(NotFoundException::new);
        return Response.ok(rendition.bytes(), rendition.contentType())
                .header("Cache-Control", "public, max-age=31536000, immutable")
                .header("ETag", "\"r" + rendition.id() + "\"")
                .build();
    }
}
