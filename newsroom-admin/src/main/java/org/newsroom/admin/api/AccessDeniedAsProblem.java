package org.newsroom.admin.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A service method the caller's role may not call: 403, not a 500. */
@Provider
public class AccessDeniedAsProblem implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException denied) {
        return denied();
    }

    static Response denied() {
        return Problem.response(Response.Status.FORBIDDEN, "Your role does not allow this");
    }
}
