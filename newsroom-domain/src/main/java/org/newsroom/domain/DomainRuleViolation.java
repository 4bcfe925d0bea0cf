package org.newsroom.domain;

import org.newsroom.domain.refusal.Reason;
import org.newsroom.domain.refusal.Refusal;
import org.newsroom.domain.refusal.Refused;

/**
 * A request the model refuses because it would break one of its rules, with a sentence an editor can
 * read ("This story is under embargo until ..."), in English as its message and in any language the
 * console speaks through {@link #refusal()}.
 */
public class DomainRuleViolation extends RuntimeException implements Refused {

    private static final long serialVersionUID = 1L;

    private final Refusal refusal;

    public DomainRuleViolation(Reason reason, Object... arguments) {
        this(Refusal.of(reason, arguments));
    }

    public DomainRuleViolation(Refusal refusal) {
        super(refusal.english());
        this.refusal = refusal;
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
