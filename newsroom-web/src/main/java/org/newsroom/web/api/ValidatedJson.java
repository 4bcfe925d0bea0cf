package org.newsroom.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A JSON response validated by a strong ETag: the hash of the exact bytes sent, so a
 * client's {@code If-None-Match} gets a 304 exactly when the document is unchanged.
 */
public final class ValidatedJson {

    /** Yasson's instances are thread-safe and costly to build: one for the application. */
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final int MAX_AGE_SECONDS = 60;

    private ValidatedJson() {
    }

    public static Response of(Object document, Request request) {
        String body = JSON.toJson(document);
        EntityTag tag = new EntityTag(sha256(body));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache).build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).tag(tag).cacheControl(cache).build();
    }

    static String sha256(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
