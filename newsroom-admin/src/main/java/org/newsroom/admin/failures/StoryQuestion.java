package org.newsroom.admin.failures;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.workflow.ArticleWorkflow;

/**
 * The "Open this story?" page shown for a typed or pasted editor address: it asks (200) when the
 * story exists, and says there is none (404) when it does not, so the status means what the page says.
 */
@Named
@RequestScoped
public class StoryQuestion {

    @EJB
    ArticleWorkflow workflow;

    private Long id;
    private boolean exists;

    /** Runs before the page renders (preRenderView): finds the story and sets the status. */
    public void answer() {
        FacesContext faces = FacesContext.getCurrentInstance();
        id = number(faces.getExternalContext().getRequestParameterMap().get("id"));
        exists = id != null && found(id);
        faces.getExternalContext().setResponseStatus(exists ? 200 : 404);
    }

    private boolean found(long storyId) {
        try {
            workflow.get(storyId);
            return true;
        } catch (EJBAccessException notAWriter) {
            return true; // the role cannot look, so the page asks rather than claims there is no story
        } catch (ActionRefused refused) {
            // Not found is the one refusal that means "no such story"; a story the caller may not edit still exists.
            return refused.why() != ActionRefused.Why.NOT_FOUND;
        }
    }

    private static Long number(String text) {
        if (text == null || !text.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.parseLong(text);
    }

    public Long getId() {
        return id;
    }

    public boolean isExists() {
        return exists;
    }
}
