package org.newsroom.admin.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.newsroom.editorial.workflow.ArticleView;

/**
 * A version travels as its ETag and writes quote it in If-Match: stories and their details,
 * and pictures' descriptions (the media resource uses this too, so both read If-Match alike).
 */
public final class Versions {

    private Versions() {
    }

    static EntityTag tag(ArticleView article) {
        return tag(article.version());
    }

    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version the client edited, or a 428 problem when it did not say. */
    public static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Response.Status.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag (version) of what you edited, as the GET answered it");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "If-Match must be the ETag the GET answered");
        }
    }
}
