package org.newsroom.web.api;

import jakarta.json.Json;
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
        String body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", problem.title())
                .add("status", problem.status())
                .add("detail", problem.getMessage())
                .build().toString();
        return Response.status(problem.status()).type(PROBLEM_JSON + ";charset=UTF-8").entity(body).build();
    }
}
