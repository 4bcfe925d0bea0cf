package org.newsroom.admin.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/** An HTTP-level refusal (before any service is called), as a problem document. */
class ProblemException extends WebApplicationException {

    private static final long serialVersionUID = 1L;

    ProblemException(Response.Status status, String detail) {
        super(detail, Problem.response(status, detail));
    }
}
