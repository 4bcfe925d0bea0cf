package org.newsroom.admin.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import org.newsroom.editorial.workflow.ArticleView;

/** The article's version travels as its ETag; writes quote it in If-Match. */
final class Versions {

    private Versions() {
    }

    static EntityTag tag(ArticleView article) {
        return new EntityTag(Long.toString(article.version()));
    }

    /** The version the client edited, or a 428 problem when it did not say. */
    static long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(Response.Status.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag (version) of the story you edited");
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "If-Match must be the story's ETag");
        }
    }
}
