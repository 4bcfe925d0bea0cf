package org.newsroom.admin.failures;

import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Two ordinary events that Faces reports as exceptions, answered as pages:
 * <ul>
 * <li>a form posted with a view state the server no longer has (the session ended, the server
 * restarted) or never had (a forged one): the poster is sent back, by a redirect, to sign in
 * again, or, still signed in, to a fresh copy of the page with a note to repeat the last step;</li>
 * <li>the editor's address typed or pasted (a protected view opened without the console's token):
 * the "Open this story?" question is shown in its place, as 200, or 404 when there is no such story
 * ({@code StoryQuestion} decides while the page renders).</li>
 * </ul>
 * Everything else goes on to Faces' own handler.
 */
public class ConsoleFailures extends ExceptionHandlerWrapper {

    static final String QUESTION = "/open.xhtml";
    static final String SIGN_IN = "/login.xhtml";

    public ConsoleFailures(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable thrown = events.next().getContext().getException();
            ViewExpiredException expired = find(thrown, ViewExpiredException.class);
            ProtectedViewException pasted = find(thrown, ProtectedViewException.class);
            if (expired != null) {
                events.remove();
                startAgain(faces, expired.getViewId());
            } else if (pasted != null) {
                events.remove();
                faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, QUESTION));
                faces.renderResponse();
            }
        }
        getWrapped().handle();
    }

    /** Back to sign in when signed out, else to a fresh copy of the page; both pages show the note {@code expired=true} asks for. */
    private static void startAgain(FacesContext faces, String viewId) {
        ExternalContext external = faces.getExternalContext();
        String target = external.getRemoteUser() != null && viewId != null ? viewId : SIGN_IN;
        try {
            external.redirect(faces.getApplication().getViewHandler().getActionURL(faces, target) + "?expired=true");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
