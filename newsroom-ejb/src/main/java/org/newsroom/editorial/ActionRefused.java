package org.newsroom.editorial;

import jakarta.ejb.ApplicationException;

/**
 * The service said no, with a sentence an editor can read. Rolls the transaction back,
 * so a refused action leaves nothing half-written.
 */
@ApplicationException(rollback = true)
public class ActionRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why, so that the staff API can choose its status code. */
    public enum Why {
        /** No such story (404). */
        NOT_FOUND,
        /** The caller's role does not allow it on this story (403). */
        NOT_ALLOWED,
        /** Somebody saved in between; the caller's version is stale (412). */
        STALE,
        /** The workflow or another domain rule refuses it (409). */
        RULE,
        /** The input is incomplete or malformed (400). */
        INVALID
    }

    private final Why why;

    public ActionRefused(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
