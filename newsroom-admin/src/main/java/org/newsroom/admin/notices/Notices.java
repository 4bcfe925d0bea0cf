package org.newsroom.admin.notices;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.newsroom.domain.refusal.Refusal;
import org.newsroom.domain.refusal.Refused;

/**
 * The console's words from its bundle, the services' refusals in the same language, and the notices a
 * screen shows after an action.
 */
public final class Notices {

    private Notices() {
    }

    /** A text of the console's bundle in the view's locale, with {@code {0}}-style arguments filled in. */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = ResourceBundle.getBundle("org.newsroom.admin.console", faces.getViewRoot().getLocale()).getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }

    /**
     * A refusal of the services ({@code ActionRefused}, {@code DomainRuleViolation}) in the view's locale: the
     * screens show this, never the exception's English {@code getMessage()}, which is for the staff API and the logs.
     */
    public static String refusal(Refused refused) {
        return refusal(refused.refusal());
    }

    /**
     * A refusal said by the console itself, in the view's locale; in the request's when there is no view yet
     * (a failure the exception handler reports before a view was restored).
     */
    public static String refusal(Refusal refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIViewRoot view = faces.getViewRoot();
        return refusal.in(view != null ? view.getLocale() : faces.getExternalContext().getRequestLocale());
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
