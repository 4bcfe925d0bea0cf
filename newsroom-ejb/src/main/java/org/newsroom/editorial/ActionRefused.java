package org.newsroom.editorial;

import jakarta.ejb.ApplicationException;
import org.newsroom.domain.refusal.Reason;
import org.newsroom.domain.refusal.Refusal;
import org.newsroom.domain.refusal.Refused;

/**
 * The service said no, with a sentence an editor can read: English as the message (the staff API and the
 * logs), any language of the console through {@link #refusal()}. Rolls the transaction back, so a refused
 * action leaves nothing half-written.
 */
@ApplicationException(rollback = true)
public class ActionRefused extends RuntimeException implements Refused {

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
    private final Refusal refusal;

    public ActionRefused(Why why, Reason reason, Object... arguments) {
        this(why, Refusal.of(reason, arguments));
    }

    /** A refusal said elsewhere (a rule of the model, say), passed on with this service's why. */
    public ActionRefused(Why why, Refusal refusal) {
        super(refusal.english());
        this.why = why;
        this.refusal = refusal;
    }

    public Why why() {
        return why;
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
