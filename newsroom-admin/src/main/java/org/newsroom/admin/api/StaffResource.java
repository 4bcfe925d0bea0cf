package org.newsroom.admin.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.audit.AuditLog;
import org.newsroom.editorial.audit.AuditView;
import org.newsroom.editorial.staff.StaffDirectory;
import org.newsroom.editorial.staff.StaffDirectory.StaffView;

/** Users, roles and the whole audit log: administrators only (the services enforce it). */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffResource {

    public record NewStaff(String username, String displayName, String password, Set<Role> roles) {
    }

    @EJB
    StaffDirectory directory;

    @EJB
    AuditLog auditLog;

    @GET
    @Path("users")
    public List<StaffView> users() {
        return directory.all();
    }

    @POST
    @Path("users")
    public Response create(NewStaff input) {
        if (input == null) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "Nothing was sent");
        }
        return Response.status(Response.Status.CREATED)
                .entity(directory.create(input.username(), input.displayName(), input.password(), input.roles())).build();
    }

    @PUT
    @Path("users/{username}/roles")
    public StaffView roles(@PathParam("username") String username, Set<Role> roles) {
        return directory.changeRoles(username, roles == null ? Set.of() : roles);
    }

    @PUT
    @Path("users/{username}/enabled")
    public StaffView enabled(@PathParam("username") String username, boolean enabled) {
        return directory.enable(username, enabled);
    }

    @GET
    @Path("audit")
    public List<AuditView> audit(@QueryParam("max") Integer max) {
        return auditLog.latest(max == null ? 100 : max);
    }
}
