package org.newsroom.admin.editor;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.newsroom.editorial.preview.StoryPreviews;
import org.newsroom.editorial.ActionRefused;

/**
 * The editor's Preview link: issues a preview pass for the signed-in staff member and
 * sends the browser to the reader site's preview page. Behind the console's sign-in
 * (web.xml covers every path), and the service checks the role again.
 */
@WebServlet("/preview")
public class PreviewRedirect extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient StoryPreviews previews;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Which story? The link needs ?id=");
            return;
        }
        try {
            String token = previews.issue(id);
            response.setHeader("Cache-Control", "no-store");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "/preview/" + token);
        } catch (ActionRefused refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, refused.getMessage());
        }
    }
}
