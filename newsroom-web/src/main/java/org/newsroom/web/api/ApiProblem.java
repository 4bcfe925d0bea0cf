package org.newsroom.web.api;

/** A refusal the API explains to the client as {@code application/problem+json}; see {@link ProblemDocuments}. */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;

    private ApiProblem(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not Found", detail);
    }

    public static ApiProblem badParameter(String parameter, String why) {
        return new ApiProblem(400, "Bad Request", "Parameter '" + parameter + "' " + why);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
