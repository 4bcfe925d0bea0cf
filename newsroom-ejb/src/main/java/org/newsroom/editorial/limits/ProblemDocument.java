package org.newsroom.editorial.limits;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An RFC 9457 problem document written straight to a servlet response, for refusals made
 * before any JAX-RS resource runs (a request limit, a refused API token). The response is
 * committed at once, so the container cannot swap it for its own error page.
 */
public final class ProblemDocument {

    private ProblemDocument() {
    }

    /** {@code detail} is our own sentence, never input: it is written as it is, with quotes and backslashes escaped. */
    public static void send(HttpServletResponse response, int status, String title, String detail) {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        byte[] body = ("{\"type\":\"about:blank\",\"title\":\"" + escaped(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + escaped(detail) + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
            response.flushBuffer();
        } catch (IOException e) {
            // the client went away: nothing to tell it
        }
    }

    /** 429 with Retry-After, for a client over its allowance. */
    public static void tooManyRequests(HttpServletResponse response, long waitSeconds) {
        response.setHeader("Retry-After", Long.toString(waitSeconds));
        send(response, 429, "Too Many Requests", "Too many requests from your address; try again in "
                + waitSeconds + (waitSeconds == 1 ? " second." : " seconds."));
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
