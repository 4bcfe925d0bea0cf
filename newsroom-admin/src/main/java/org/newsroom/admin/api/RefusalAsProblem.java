package org.newsroom.admin.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.newsroom.editorial.ActionRefused;

/** A refused action becomes the status code that says why, with the service's sentence. */
@Provider
public class RefusalAsProblem implements ExceptionMapper<ActionRefused> {

    @Override
    public Response toResponse(ActionRefused refused) {
        return of(refused);
    }

    static Response of(ActionRefused refused) {
        Response.Status status = switch (refused.why()) {
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case NOT_ALLOWED -> Response.Status.FORBIDDEN;
            case STALE -> Response.Status.PRECONDITION_FAILED;
            case RULE -> Response.Status.CONFLICT;
            case INVALID -> Response.Status.BAD_REQUEST;
        };
        return Problem.response(status, refused.getMessage());
    }
}
