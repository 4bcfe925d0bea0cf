package org.newsroom.admin.media;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.newsroom.admin.api.Versions;
import org.newsroom.editorial.media.AssetPage;
import org.newsroom.editorial.media.AssetView;
import org.newsroom.editorial.media.MediaDesk;

/**
 * The media library in the staff API ({@code /admin/api/v1/media}), for tools that file
 * pictures without the console: upload the file's bytes as the request body (any
 * content type; the bytes decide), describe (quoting the picture's ETag in If-Match), search.
 * Refusals are problem documents.
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
                .tag(Versions.tag(stored.version())).entity(stored).build();
    }

    @GET
    public AssetPage search(@QueryParam("q") String text, @QueryParam("describedOnly") boolean describedOnly,
                            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("20") int size) {
        return desk.search(text, describedOnly, first, size);
    }

    /** The picture, its version as the ETag that a description quotes. */
    @GET
    @Path("{id: [0-9]{1,18}}")
    public Response get(@PathParam("id") long id) {
        return withTag(desk.get(id));
    }

    /** Quotes the version it describes in If-Match, as story writes do: a stale one is 412, a missing one 428. */
    @PUT
    @Path("{id: [0-9]{1,18}}/description")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response describe(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Description description) {
        Description d = description == null ? new Description(null, null, null) : description;
        return withTag(desk.describe(id, Versions.required(ifMatch), d.altText(), d.caption(), d.credit()));
    }

    private static Response withTag(AssetView asset) {
        return Response.ok(asset).tag(Versions.tag(asset.version())).build();
    }

    /** What a picture needs before use. */
    public record Description(String altText, String caption, String credit) {
    }
}
