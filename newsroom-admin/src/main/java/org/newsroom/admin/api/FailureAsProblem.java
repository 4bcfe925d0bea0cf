package org.newsroom.admin.api;

import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.Duplicates;

/**
 * The staff API's one error contract: whatever a call ends in, the answer is a problem document
 * with a sentence the caller can act on. A refusal keeps its own status (wrapped by the EJB
 * container or not); a body the JSON reader cannot bind (truncated, an array for an object, a
 * word for a number, an unknown role, a date that is not one) is 400; an oversized one 413; an
 * unknown address 404 and a wrong method 405; a create that lost the race for a name or a slug
 * to a concurrent one (the database's unique constraint, recognised by {@link Duplicates}) 409. Anything else is our failure: 500 with an incident
 * id only, logged with its stack trace, so no exception text, class or SQL ever reaches a caller.
 */
@Provider
public class FailureAsProblem implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FailureAsProblem.class.getName());
    /** Where the JSON binding names the property it could not fill; only that name is repeated. */
    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z][A-Za-z0-9_]{0,63})'");

    @Context
    Request request;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ActionRefused refused) {
                return RefusalAsProblem.of(refused);
            }
            if (t instanceof EJBAccessException) {
                return AccessDeniedAsProblem.denied();
            }
            if (t instanceof DomainRuleViolation rule) {
                return Problem.response(Response.Status.BAD_REQUEST, rule.getMessage());
            }
            if (t instanceof BodyTooLarge) {
                return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, t.getMessage());
            }
        }
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 400) {
            return web.getResponse();
        }
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return refusedByHttp(web.getResponse());
        }
        Optional<ActionRefused> duplicate = Duplicates.refusal(thrown);
        if (duplicate.isPresent()) {
            return RefusalAsProblem.of(duplicate.get());
        }
        if (unreadableBody(thrown)) {
            LOG.log(Level.FINE, "Unreadable staff-API body", thrown);
            return Problem.response(Response.Status.BAD_REQUEST, whyUnreadable(thrown));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Staff API incident " + incident + ": " + method() + " " + path(), thrown);
        return Problem.incident(incident);
    }

    /** A refusal the JAX-RS runtime made before any resource ran: the status stays, the words are ours. */
    private Response refusedByHttp(Response refused) {
        int status = refused.getStatus();
        String detail = switch (status) {
            case 404 -> "Nothing is found under this address (ids in addresses are numbers)";
            case 405 -> "This address does not accept " + method() + "; it accepts " + String.join(", ", refused.getAllowedMethods());
            case 406 -> "This address answers in JSON (application/json)";
            case 415 -> "Send the body as JSON (Content-Type: application/json)";
            default -> "The request could not be understood";
        };
        // Its headers stay (Allow on a 405, a challenge on a 401); the body becomes the problem.
        return Response.fromResponse(refused).type(Problem.MEDIA_TYPE)
                .entity(Problem.response(status, detail).getEntity()).build();
    }

    private static boolean unreadableBody(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ProcessingException || t instanceof JsonbException || t instanceof JsonException) {
                return true;
            }
        }
        return false;
    }

    /** Which part of the body is wrong, in the caller's terms: never the reader's own message. */
    static String whyUnreadable(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof JsonParsingException) {
                return "The body is not well-formed JSON (cut short, or nested too deeply)";
            }
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            Matcher property = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (property.find()) {
                return "The value of '" + property.group(1) + "' has the wrong type or form: ids are numbers, times are "
                        + "ISO-8601 such as 2026-11-25T18:00:00Z, roles are ADMIN, CHIEF_EDITOR, EDITOR or WRITER";
            }
        }
        return "The body does not have the form this address takes: a JSON object with the documented fields, "
                + "of the documented types";
    }

    private String method() {
        return request == null ? "?" : request.getMethod();
    }

    private String path() {
        return uri == null ? "?" : uri.getPath();
    }
}
