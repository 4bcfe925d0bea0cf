package org.newsroom.editorial.media;

import org.newsroom.editorial.ActionRefused;

/** An upload the library will not take, with the reason in words; nothing of it is stored. */
public class MediaRefused extends ActionRefused {

    private static final long serialVersionUID = 1L;

    public MediaRefused(String message) {
        super(Why.INVALID, message);
    }
}
