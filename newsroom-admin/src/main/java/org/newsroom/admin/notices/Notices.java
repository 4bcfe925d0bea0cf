package org.newsroom.admin.notices;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The console's words from its bundle, and the notices a screen shows after an action. */
public final class Notices {

    private Notices() {
    }

    /** A text of the console's bundle in the view's locale, with {@code {0}}-style arguments filled in. */
    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = ResourceBundle.getBundle("org.newsroom.admin.console", faces.getViewRoot().getLocale()).getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
