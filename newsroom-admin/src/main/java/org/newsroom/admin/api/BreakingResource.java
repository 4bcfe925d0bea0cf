package org.newsroom.admin.api;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingNews;
import org.newsroom.editorial.breaking.BreakingView;

/**
 * Posting to an edition's ticker from a script or another newsroom tool. Editors and up
 * (the service checks); the rules of a breaking line are the domain's, refused with 400.
 */
@Path("breaking")
@Tag(name = "Breaking news", description = "An edition's ticker: editors and up")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BreakingResource {

    /** {@code expiresAt} is ISO-8601 with an offset, e.g. {@code 2026-11-25T18:00:00Z}. */
    public record NewBreaking(@Schema(type = SchemaType.STRING, enumeration = {"en", "ar", "es"}, required = true) String edition,
                              @Schema(required = true) String text, Long articleId,
                              @Schema(type = SchemaType.STRING, format = "date-time") String expiresAt) {
    }

    @EJB
    BreakingNews breakingNews;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Post a line to an edition's ticker")
    @APIResponse(responseCode = "201", description = "Posted; Location names it", content = @Content(schema = @Schema(implementation = BreakingView.class)))
    public Response post(NewBreaking input) {
        if (input == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Nothing was sent");
        }
        Edition edition = Edition.fromCode(input.edition())
                .orElseThrow(() -> new ProblemException(Response.Status.BAD_REQUEST, "The edition is en, ar or es"));
        Instant expiresAt = parseExpiry(input.expiresAt());
        BreakingView posted;
        try {
            posted = breakingNews.post(edition, input.text(), input.articleId(), expiresAt);
        } catch (DomainRuleViolation refused) {
            throw new ProblemException(Response.Status.BAD_REQUEST, refused.getMessage());
        } catch (EJBException failed) {
            if (failed.getCausedByException() instanceof DomainRuleViolation refused) {
                throw new ProblemException(Response.Status.BAD_REQUEST, refused.getMessage());
            }
            throw failed;
        }
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(posted.id())).build()).entity(posted).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a breaking item")
    public BreakingView read(@PathParam("id") long id) {
        return breakingNews.find(id)
                .orElseThrow(() -> new ProblemException(Response.Status.NOT_FOUND, "There is no breaking item " + id));
    }

    private static Instant parseExpiry(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "expiresAt is an ISO-8601 time with an offset, e.g. 2026-11-25T18:00:00Z");
        }
    }
}
