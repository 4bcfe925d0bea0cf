package org.newsroom.admin.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.logging.Logger;

/**
 * How long a console session lasts without requests: {@code -Dnewsroom.console.session.seconds}
 * or {@code NEWSROOM_CONSOLE_SESSION_SECONDS}, else web.xml's 30 minutes. Read when each
 * session starts, so a change applies to the next sign-in without a redeploy (the
 * session-timeout browser test sets it to a few seconds). The warning dialog and the
 * return to the sign-in page follow the session's own value ({@link SignedInStaff}).
 */
@WebListener
public class SessionTimeout implements HttpSessionListener {

    static final String PROPERTY = "newsroom.console.session.seconds";
    static final String VARIABLE = "NEWSROOM_CONSOLE_SESSION_SECONDS";
    /** Shorter than this and nobody could type a password before it ends. */
    static final int SHORTEST = 10;
    private static final Logger LOG = Logger.getLogger(SessionTimeout.class.getName());

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        Integer seconds = configured();
        if (seconds != null) {
            event.getSession().setMaxInactiveInterval(seconds);
        }
    }

    /** The configured timeout in seconds, or null to keep web.xml's. */
    static Integer configured() {
        String value = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int seconds = Integer.parseInt(value.strip());
            if (seconds >= SHORTEST) {
                return seconds;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        LOG.warning(() -> "Ignored " + PROPERTY + "/" + VARIABLE + "=" + value + ": give a whole number of seconds, at least "
                + SHORTEST + "; sessions last 30 minutes");
        return null;
    }
}
