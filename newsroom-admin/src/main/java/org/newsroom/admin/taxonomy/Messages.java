package org.newsroom.admin.taxonomy;

import static org.newsroom.admin.notices.Notices.refusal;
import static org.newsroom.admin.notices.Notices.error;
import static org.newsroom.admin.notices.Notices.text;

import jakarta.ejb.EJBAccessException;
import org.newsroom.editorial.ActionRefused;

/** The taxonomy screens' service calls: a refusal becomes a notice, never a stack trace. */
final class Messages {

    private Messages() {
    }

    /** Runs the call; true if it went through, else the refusal is shown and false returned. */
    static boolean attempt(Runnable call) {
        try {
            call.run();
            return true;
        } catch (ActionRefused refused) {
            error(refusal(refused));
        } catch (EJBAccessException denied) {
            error(text("taxonomy.notAllowed"));
        }
        return false;
    }
}
