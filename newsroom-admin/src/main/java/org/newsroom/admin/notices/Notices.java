package org.newsroom.admin.notices;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.newsroom.domain.refusal.Refusal;
import org.newsroom.domain.refusal.Refused;

/**
 * The console's words from its bundle, the services' refusals in the same language, and the notices a
 * screen shows after an action.
 */
public final class Notices {

    private static final String BUNDLE = "org.newsroom.admin.console";
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Notices() {
    }

    /** A text of the console's bundle in the view's locale, with {@code {0}}-style arguments filled in. */
    public static String text(String key, Object... arguments) {
        return text(FacesContext.getCurrentInstance().getViewRoot().getLocale(), key, arguments);
    }

    /**
     * A text of the console's bundle in this language (English for one the console does not speak, never the server's
     * own locale), with {@code {0}}-style arguments filled in; for answers outside a Faces view.
     */
    public static String text(Locale locale, String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE).getString(key);
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
