package org.newsroom.admin.api;

import java.io.IOException;

/**
 * A request body longer than {@link RequestBodyLimit} allows, found while it is read (a chunked
 * body says no length up front). An {@link IOException} because the JSON reader reading the
 * stream passes those on; {@link FailureAsProblem} finds it among the causes and answers 413.
 */
class BodyTooLarge extends IOException {

    private static final long serialVersionUID = 1L;

    BodyTooLarge(long limit) {
        super(RequestBodyLimit.detail(limit));
    }
}
