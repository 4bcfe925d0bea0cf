package org.newsroom.admin.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
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
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.audit.AuditLog;
import org.newsroom.editorial.audit.AuditView;
import org.newsroom.editorial.staff.StaffDirectory;
import org.newsroom.editorial.staff.StaffDirectory.StaffView;

/** Users, roles and the whole audit log: administrators only (the services enforce it). */
@Path("")
@Tag(name = "Staff", description = "Users, roles and the whole audit log: administrators only")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

    public record NewStaff(String username, String displayName, String password, Set<Role> roles) {
    }

    private static final int MOST_BOOLEAN_BYTES = 64;

    @EJB
    StaffDirectory directory;

    @EJB
    AuditLog auditLog;

    @GET
    @Path("users")
    @Operation(summary = "Every staff account")
    public List<StaffView> users() {
        return directory.all();
    }

    @POST
    @Path("users")
    @Operation(summary = "Create a staff account")
    @APIResponse(responseCode = "201", description = "The account", content = @Content(schema = @Schema(implementation = StaffView.class)))
    public Response create(NewStaff input) {
        if (input == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Nothing was sent");
        }
        return Response.status(Response.Status.CREATED)
                .entity(directory.create(input.username(), input.displayName(), input.password(), roles(input.roles()))).build();
    }

    @PUT
    @Path("users/{username}/roles")
    @Operation(summary = "Replace the account's roles")
    public StaffView roles(@PathParam("username") String username, Set<Role> roles) {
        return directory.changeRoles(username, roles == null ? Set.of() : roles(roles));
    }

    /**
     * The body is the JSON literal {@code true} or {@code false}, nothing else: read leniently,
     * {@code "maybe"} or {@code {}} would come out as false and lock a colleague out. Read here as
     * text, not bound by JSON-B, which is the lenient reader; {@value #MOST_BOOLEAN_BYTES} bytes
     * are plenty for a boolean with spaces around it.
     */
    @PUT
    @Path("users/{username}/enabled")
    @Operation(summary = "Enable or disable the account")
    @RequestBody(required = true, description = "The JSON literal true or false, nothing else",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.BOOLEAN)))
    public StaffView enabled(@PathParam("username") String username, @Context HttpServletRequest request) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MOST_BOOLEAN_BYTES);
        boolean enabled = jsonBoolean(new String(body, StandardCharsets.UTF_8)).orElseThrow(() ->
                new ProblemException(Response.Status.BAD_REQUEST, "Send true or false (a JSON boolean), nothing else"));
        return directory.enable(username, enabled);
    }

    /** A new generated password for the account, in this answer only; the old one stops working at once. */
    @POST
    @Path("users/{username}/password-reset")
    @Operation(summary = "Give the account a new generated password, shown in this answer only")
    public StaffDirectory.NewPassword resetPassword(@PathParam("username") String username) {
        return directory.resetPassword(username);
    }

    private static Set<Role> roles(Set<Role> roles) {
        if (roles != null && roles.stream().anyMatch(Objects::isNull)) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "roles are names: ADMIN, CHIEF_EDITOR, EDITOR or WRITER");
        }
        return roles;
    }

    /** The JSON literal {@code true} or {@code false} (spaces around it allowed), alone; anything else is empty. */
    static Optional<Boolean> jsonBoolean(String body) {
        try (JsonParser parser = Json.createParser(new StringReader(body == null ? "" : body))) {
            JsonParser.Event value = parser.hasNext() ? parser.next() : null;
            if (parser.hasNext() || (value != JsonParser.Event.VALUE_TRUE && value != JsonParser.Event.VALUE_FALSE)) {
                return Optional.empty();
            }
            return Optional.of(value == JsonParser.Event.VALUE_TRUE);
        } catch (RuntimeException unreadable) { // JsonParsingException, or anything else the parser throws at a non-JSON body
            return Optional.empty();
        }
    }

    @GET
    @Path("audit")
    @Operation(summary = "The newest audit entries")
    public List<AuditView> audit(@Parameter(description = "How many", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "100"))
                                 @QueryParam("max") Integer max) {
        return auditLog.latest(max == null ? 100 : max);
    }
}
