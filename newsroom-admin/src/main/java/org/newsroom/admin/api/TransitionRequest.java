package org.newsroom.admin.api;

import java.time.Instant;

/** Optional details some transitions need (a comment, a time, a correction). */
public record TransitionRequest(String comment, Instant publishAt, Instant unpublishAt, Instant embargoUntil,
                                String body, String note, String desk, String assignee) {

    static final TransitionRequest NONE = new TransitionRequest(null, null, null, null, null, null, null, null);
}
