package org.newsroom.admin.api;

import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem document: what went wrong, in words an editor can read. */
public record Problem(String type, String title, int status, String detail, String incident) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.Status status, String detail) {
        return response(status.getStatusCode(), detail);
    }

    public static Response response(int status, String detail) {
        return Response.status(status).type(MEDIA_TYPE).entity(new Problem("about:blank", reason(status), status, detail, null)).build();
    }

    /** A failure of ours: the client gets only the incident id, which the server log carries with the details. */
    public static Response incident(String incident) {
        return Response.status(500).type(MEDIA_TYPE).entity(new Problem("about:blank", reason(500), 500,
                "Something went wrong on our side. Quote incident " + incident + " when you report it.", incident)).build();
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }
}
