package org.newsroom.admin.language;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.newsroom.admin.notices.Notices;
import org.newsroom.domain.staff.ConsoleLanguage;
import org.newsroom.editorial.staff.ConsoleLanguages;

/**
 * The console's language for this session: the signed-in person's choice (read once from their account),
 * else their browser's first language the console speaks. The template sets the view's locale, the page's
 * {@code lang} and {@code dir} (and PrimeFaces' direction) from it.
 */
@Named("consoleLanguage")
@SessionScoped
public class ConsoleSpeech implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsoleLanguages languages;

    /** Whose choice {@link #chosen} is: a sign-in as someone else reads theirs. */
    private String chosenBy;
    private ConsoleLanguage chosen;

    public ConsoleLanguage getCurrent() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return spokenTo(external.getRemoteUser(), external.getRequestLocales());
    }

    /** The same for a request the console answers outside Faces (a servlet of the console, such as the Preview link). */
    public ConsoleLanguage of(HttpServletRequest request) {
        return spokenTo(request.getRemoteUser(), request.getLocales().asIterator());
    }

    private ConsoleLanguage spokenTo(String user, Iterator<Locale> browserWants) {
        if (user != null && !user.equals(chosenBy)) {
            chosen = languages.ofCaller().orElse(null);
            chosenBy = user;
        }
        if (user != null && chosen != null) {
            return chosen;
        }
        List<Locale> wanted = new ArrayList<>();
        browserWants.forEachRemaining(wanted::add);
        return ConsoleLanguage.firstSpoken(wanted);
    }

    public Locale getLocale() {
        return getCurrent().locale();
    }

    public String getCode() {
        return getCurrent().code();
    }

    public String getDirection() {
        return getCurrent().direction();
    }

    public List<ConsoleLanguage> getLanguages() {
        return List.of(ConsoleLanguage.values());
    }

    /** Keeps the choice with the account and shows the same page again, now in that language. */
    public String choose(String code) {
        ConsoleLanguage language = ConsoleLanguage.fromCode(code).orElse(ConsoleLanguage.EN);
        FacesContext faces = FacesContext.getCurrentInstance();
        languages.chooseForCaller(language);
        chosen = language;
        chosenBy = faces.getExternalContext().getRemoteUser();
        faces.getViewRoot().setLocale(language.locale());
        Notices.info(Notices.text("language.saved", Notices.text("language." + language.code())));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
