package org.newsroom.domain.refusal;

/**
 * An exception that is a refusal of the newsroom, so that a screen can say it in its own language
 * ({@link Refusal#in}) rather than show the English {@code getMessage()}.
 */
public interface Refused {

    Refusal refusal();
}
