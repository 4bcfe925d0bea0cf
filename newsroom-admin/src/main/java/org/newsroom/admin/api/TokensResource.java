package org.newsroom.admin.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.editorial.security.ApiTokens;
import org.newsroom.editorial.security.ApiTokens.NewToken;
import org.newsroom.editorial.security.ApiTokens.TokenView;

/**
 * Personal API tokens: everybody manages their own, administrators anybody's (the service
 * enforces it). The secret is in the answer to the POST and nowhere ever after.
 */
@Path("tokens")
@Tag(name = "API tokens", description = "Personal API tokens: your own, or anybody's for administrators")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokensResource {

    /** {@code username} empty: a token for the caller. */
    public record TokenRequest(String name, Instant expiresAt, String username) {
    }

    @EJB
    ApiTokens tokens;

    @GET
    @Operation(summary = "The tokens of a user (never their secrets)")
    public List<TokenView> list(@Parameter(description = "Whose tokens; empty: the caller's") @QueryParam("username") String username) {
        return tokens.of(username);
    }

    @POST
    @Operation(summary = "Make a token; its secret is in this answer and nowhere ever after")
    @APIResponse(responseCode = "201", description = "The token with its secret", content = @Content(schema = @Schema(implementation = NewToken.class)))
    public Response create(TokenRequest input) {
        if (input == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Nothing was sent");
        }
        NewToken created = tokens.create(input.username(), input.name(), input.expiresAt());
        return Response.status(Response.Status.CREATED).header("Location", "tokens/" + created.token().id())
                .header("Cache-Control", "no-store").entity(created).build();
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    @Operation(summary = "Revoke a token")
    public TokenView revoke(@PathParam("id") long id) {
        return tokens.revoke(id);
    }
}
