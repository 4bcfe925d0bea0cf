package org.newsroom.admin.security;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.newsroom.editorial.configuration.Setting;

/**
 * How long a console session lasts without requests: {@code newsroom.console.session.seconds}
 * ({@code NEWSROOM_CONSOLE_SESSION_SECONDS}, default 30 minutes, as web.xml). Read when each
 * session starts, so a change applies to the next sign-in without a redeploy (the
 * session-timeout browser test sets it to a few seconds). The warning dialog and the
 * return to the sign-in page follow the session's own value ({@link SignedInStaff}).
 */
@WebListener
public class SessionTimeout implements HttpSessionListener {

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        // The setting's range starts at 10 s: shorter and nobody could type a password before it ends.
        event.getSession().setMaxInactiveInterval((int) Setting.CONSOLE_SESSION_SECONDS.number());
    }
}
