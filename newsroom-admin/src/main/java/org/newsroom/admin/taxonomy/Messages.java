package org.newsroom.admin.taxonomy;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.newsroom.editorial.workflow.ActionRefused;

/** The taxonomy screens' messages: a service call whose refusal becomes a message, never a stack trace. */
final class Messages {

    private Messages() {
    }

    /** Runs the call; true if it went through, else the refusal is shown and false returned. */
    static boolean attempt(Runnable call) {
        try {
            call.run();
            return true;
        } catch (ActionRefused refused) {
            error(refused.getMessage());
        } catch (EJBAccessException denied) {
            error(text("taxonomy.notAllowed"));
        }
        return false;
    }

    static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = ResourceBundle.getBundle("org.newsroom.admin.console", faces.getViewRoot().getLocale()).getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }

    static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }
}
