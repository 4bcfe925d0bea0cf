package org.newsroom.admin.editor;

import static org.newsroom.admin.notices.Notices.info;
import static org.newsroom.admin.notices.Notices.text;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.newsroom.domain.article.StoryAction;
import org.newsroom.editorial.workflow.ArticleView;
import org.newsroom.editorial.workflow.ArticleWorkflow;
import org.newsroom.editorial.workflow.EditorChoices;

/** Who the story is assigned to; editors change it (autocomplete over enabled staff accounts). */
@Named
@ViewScoped
public class StoryAssignment implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ArticleWorkflow workflow;

    @EJB
    EditorChoices choices;

    @Inject
    OpenStory story;

    @Inject
    StoryLease lease;

    private String assignee;

    public void storyLoaded(@Observes StoryLoaded loaded) {
        assignee = loaded.story().assignee();
    }

    public boolean isCanAssign() {
        return story.allows(StoryAction.ASSIGN);
    }

    public void assign() {
        story.attempt(() -> {
            ArticleView assigned = workflow.assign(story.id(), story.version(), story.getArticle().desk(), assignee);
            story.adopt(assigned);
            assignee = assigned.assignee();
            // Assigning is a workflow action and ends the editing session: take the lease back if it was ours.
            if (story.allows(StoryAction.EDIT)) {
                lease.takeIfEditable();
            }
            return assigned;
        }, "editor.assigned");
    }

    public List<String> completeStaff(String typed) {
        return choices.staff(typed);
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }
}
