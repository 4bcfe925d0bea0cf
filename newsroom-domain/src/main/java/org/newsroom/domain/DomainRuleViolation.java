package org.newsroom.domain;

/**
 * A request the model refuses because it would break one of its rules, with a
 * sentence an editor can read ("An embargoed article cannot be published before ...").
 */
public class DomainRuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DomainRuleViolation(String message) {
        super(message);
    }
}
