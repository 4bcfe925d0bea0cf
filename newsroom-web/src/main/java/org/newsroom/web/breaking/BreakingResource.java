package org.newsroom.web.breaking;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingEvent;
import org.newsroom.editorial.breaking.BreakingTicker;

/**
 * {@code /api/v1/breaking}: an edition's current items as JSON (validated by a strong
 * ETag, so pollers and CDNs pay one 304). The live stream of changes is {@link ReaderStreamServlet}.
 */
@Path("api/v1/breaking")
@Tag(name = "Breaking news", description = "An edition's ticker; the live stream of changes is /api/v1/breaking/stream")
public class BreakingResource {

    static final String PROBLEM_JSON = "application/problem+json";

    @EJB
    BreakingTicker ticker;


    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The edition's current breaking-news items")
    @APIResponse(responseCode = "200", description = "The items", content = @Content(schema = @Schema(ref = "BreakingItems")))
    @APIResponse(responseCode = "404", description = "No such edition", content = @Content(mediaType = PROBLEM_JSON,
            schema = @Schema(ref = "Problem")))
    public Response current(@Parameter(description = "Edition code", required = true, schema = @Schema(type = SchemaType.STRING, enumeration = {"en", "ar", "es"}))
                            @QueryParam("edition") String code, @Context Request request) {
        Edition edition = edition(code);
        JsonArrayBuilder items = Json.createArrayBuilder();
        ticker.current(edition).forEach(item -> items.add(ReaderEvents.item(item, BreakingEvent.POSTED)));
        String body = Json.createObjectBuilder().add("edition", edition.code()).add("items", items).build().toString();
        EntityTag tag = new EntityTag(sha256(body));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(10); // the stream carries changes at once; this only bounds a poller's staleness
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(tag).build();
        }
        return Response.ok(body).tag(tag).cacheControl(cache).build();
    }

    static Edition edition(String code) {
        return Edition.fromCode(code).orElseThrow(() -> new WebApplicationException(Response.status(404)
                .type(PROBLEM_JSON)
                .entity(Json.createObjectBuilder()
                        .add("type", "about:blank")
                        .add("title", "Unknown edition")
                        .add("status", 404)
                        .add("detail", "There is no edition \"" + code + "\"; editions are "
                                + List.of(Edition.values()).stream().map(Edition::code).toList())
                        .build().toString())
                .build()));
    }

    private static String sha256(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
