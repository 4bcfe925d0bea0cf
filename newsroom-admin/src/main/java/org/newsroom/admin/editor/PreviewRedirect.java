package org.newsroom.admin.editor;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import org.newsroom.admin.language.ConsoleSpeech;
import org.newsroom.admin.notices.Notices;
import org.newsroom.domain.staff.ConsoleLanguage;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.preview.StoryPreviews;

/**
 * The editor's Preview link: issues a preview pass for the signed-in staff member and
 * sends the browser to the reader site's preview page. Behind the console's sign-in
 * (web.xml covers every path), and the service checks the role again. When there is no
 * story to preview, the answer is a short page in the person's console language (their
 * choice, else their browser's), with the refusal's sentence and never an exception's text.
 */
@WebServlet("/preview")
public class PreviewRedirect extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient StoryPreviews previews;

    @Inject
    transient ConsoleSpeech speech;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsoleLanguage language = speech.of(request);
        String id = request.getParameter("id");
        if (id == null || !id.matches("[0-9]{1,18}")) {
            answer(response, HttpServletResponse.SC_BAD_REQUEST, language, Notices.text(language.locale(), "editor.preview.noStory"));
            return;
        }
        try {
            String token = previews.issue(Long.parseLong(id));
            response.setHeader("Cache-Control", "no-store");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "/preview/" + token);
        } catch (ActionRefused refused) {
            answer(response, HttpServletResponse.SC_NOT_FOUND, language, refused.refusal().in(language.locale()));
        }
    }

    /** A page of one sentence, in the person's language and direction. */
    private static void answer(HttpServletResponse response, int status, ConsoleLanguage language, String sentence)
            throws IOException {
        Locale locale = language.locale();
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + language.code() + "\" dir=\"" + language.direction()
                + "\"><head><meta charset=\"utf-8\"><title>" + Entities.escape(Notices.text(locale, "editor.preview"))
                + "</title></head><body><p id=\"previewRefused\">" + Entities.escape(sentence) + "</p></body></html>\n");
    }
}
