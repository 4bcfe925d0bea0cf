package org.newsroom.editorial.media;

import org.newsroom.domain.refusal.Reason;
import org.newsroom.editorial.ActionRefused;

/**
 * An upload the library will not take, with the reason in words; nothing of it is stored. What a decoder said
 * about a damaged file is the cause, for the server's log: its text is the decoder's, in English and in its
 * terms, and never part of the sentence the uploader reads.
 */
public class MediaRefused extends ActionRefused {

    private static final long serialVersionUID = 1L;

    public MediaRefused(Reason reason, Object... arguments) {
        super(Why.INVALID, reason, arguments);
    }

    /** A file that looked like an image and could not be decoded: {@link Reason#IMAGE_UNREADABLE}, the decoder's words as cause. */
    static MediaRefused unreadable(Throwable decoderSaid) {
        MediaRefused refused = new MediaRefused(Reason.IMAGE_UNREADABLE);
        refused.initCause(decoderSaid);
        return refused;
    }
}
