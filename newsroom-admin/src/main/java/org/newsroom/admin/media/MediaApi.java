package org.newsroom.admin.media;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.newsroom.editorial.media.AssetPage;
import org.newsroom.editorial.media.AssetView;
import org.newsroom.editorial.media.MediaDesk;

/**
 * The media library in the staff API ({@code /admin/api/v1/media}), for tools that file
 * pictures without the console: upload the file's bytes as the request body (any
 * content type; the bytes decide), describe, search. Refusals are problem documents.
 */
@Path("media")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MediaApi {

    @EJB
    MediaDesk desk;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response upload(@QueryParam("name") String name, byte[] bytes) {
        AssetView stored = desk.upload(name, bytes);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(stored.id())).replaceQuery(null).build())
                .entity(stored).build();
    }

    @GET
    public AssetPage search(@QueryParam("q") String text, @QueryParam("describedOnly") boolean describedOnly,
                            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("20") int size) {
        return desk.search(text, describedOnly, first, size);
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public AssetView get(@PathParam("id") long id) {
        return desk.get(id);
    }

    @PUT
    @Path("{id: [0-9]{1,18}}/description")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssetView describe(@PathParam("id") long id, Description description) {
        Description d = description == null ? new Description(null, null, null) : description;
        return desk.describe(id, d.altText(), d.caption(), d.credit());
    }

    /** What a picture needs before use. */
    public record Description(String altText, String caption, String credit) {
    }
}
