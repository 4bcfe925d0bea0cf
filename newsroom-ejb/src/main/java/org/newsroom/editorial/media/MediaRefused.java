package org.newsroom.editorial.media;

import org.newsroom.domain.refusal.Reason;
import org.newsroom.editorial.ActionRefused;

/** An upload the library will not take, with the reason in words; nothing of it is stored. */
public class MediaRefused extends ActionRefused {

    private static final long serialVersionUID = 1L;

    public MediaRefused(Reason reason, Object... arguments) {
        super(Why.INVALID, reason, arguments);
    }
}
