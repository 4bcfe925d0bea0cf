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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.admin.api.StaffApi;
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
@Tag(name = "Pictures", description = "The media library: upload, describe, search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MediaApi {

    @EJB
    MediaDesk desk;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a picture: the file's bytes are the body, whatever its content type says")
    @APIResponse(responseCode = "201", description = "Stored; Location names it, ETag is its version",
            content = @Content(schema = @Schema(implementation = AssetView.class)))
    public Response upload(@Parameter(description = "The file's name") @QueryParam("name") String name,
                           @RequestBody(required = true, content = @Content(mediaType = MediaType.WILDCARD,
                                   schema = @Schema(type = SchemaType.STRING, format = "binary"))) byte[] bytes) {
        AssetView stored = desk.upload(name, bytes);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(stored.id())).replaceQuery(null).build())
                .tag(Versions.tag(stored.version())).entity(stored).build();
    }

    @GET
    @Operation(summary = "Search the library, newest first")
    public AssetPage search(@Parameter(description = "Words to look for") @QueryParam("q") String text,
                            @Parameter(description = "Only pictures that have alt text") @QueryParam("describedOnly") boolean describedOnly,
                            @Parameter(description = "Offset of the first picture", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
                            @QueryParam("first") @DefaultValue("0") int first,
                            @Parameter(description = "Pictures per page", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + MediaDesk.MAX_PAGE, defaultValue = "20"))
                            @QueryParam("size") @DefaultValue("20") int size) {
        return desk.search(text, describedOnly, first, size);
    }

    /** The picture, its version as the ETag that a description quotes. */
    @GET
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Read a picture; the ETag is the version a description quotes")
    @APIResponse(responseCode = "200", description = "The picture", content = @Content(schema = @Schema(implementation = AssetView.class)))
    public Response get(@PathParam("id") long id) {
        return withTag(desk.get(id));
    }

    /** Quotes the version it describes in If-Match, as story writes do: a stale one is 412, a missing one 428. */
    @PUT
    @Path("{id: [0-9]{1,18}}/description")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Describe a picture, quoting its version in If-Match")
    @APIResponse(responseCode = "200", description = "Described; the new ETag", content = @Content(schema = @Schema(implementation = AssetView.class)))
    public Response describe(@PathParam("id") long id, @Parameter(description = StaffApi.IF_MATCH, required = true) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Description description) {
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
