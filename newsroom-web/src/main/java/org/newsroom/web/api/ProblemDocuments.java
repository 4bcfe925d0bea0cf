package org.newsroom.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns an {@link ApiProblem} into an RFC 9457 problem document. It maps only the
 * API's own exception, so the reader pages' error handling is untouched.
 */
@Provider
public class ProblemDocuments implements ExceptionMapper<ApiProblem> {

    public static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public Response toResponse(ApiProblem problem) {
        return response(problem.status(), problem.title(), problem.getMessage(), null);
    }

    /** A problem document; {@code incident} (or null) is the id under which the server logged a failure of ours. */
    public static Response response(int status, String title, String detail, String incident) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (incident != null) {
            body.add("incident", incident);
        }
        return Response.status(status).type(PROBLEM_JSON + ";charset=UTF-8").entity(body.build().toString())
                .header("Cache-Control", "no-store").build();
    }
}
