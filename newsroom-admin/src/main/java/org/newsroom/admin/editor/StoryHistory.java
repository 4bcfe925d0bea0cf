package org.newsroom.admin.editor;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newsroom.admin.security.SignedInStaff;
import org.newsroom.editorial.audit.AuditLog;
import org.newsroom.editorial.audit.AuditView;
import org.newsroom.editorial.revision.RevisionView;
import org.newsroom.editorial.revision.SideBySideDiff;
import org.newsroom.editorial.workflow.ArticleView;
import org.newsroom.editorial.workflow.ArticleWorkflow;
import org.newsroom.editorial.workflow.CommentView;

/**
 * What happened to the story: the comment thread, the revisions (newest first, each
 * comparable side by side with the one before and restorable) and, for editors, the audit
 * trail. Read from the service each time the page shows them, so they are never stale.
 */
@Named
@ViewScoped
public class StoryHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ArticleWorkflow workflow;

    @EJB
    AuditLog auditLog;

    @Inject
    OpenStory story;

    @Inject
    SignedInStaff staff;

    private String newComment;
    private SideBySideDiff shownDiff;

    public List<CommentView> getComments() {
        return story.getArticle() == null ? List.of() : workflow.comments(story.id());
    }

    public void addComment() {
        story.attempt(() -> workflow.comment(story.id(), newComment), null);
        newComment = null;
    }

    public List<RevisionView> getRevisions() {
        if (story.getArticle() == null) {
            return List.of();
        }
        List<RevisionView> newestFirst = new ArrayList<>(workflow.revisions(story.id()));
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Revision {@code number} beside the one before it (the first beside itself). */
    public void showDiff(int number) {
        story.attempt(() -> shownDiff = workflow.sideBySide(story.id(), Math.max(1, number - 1), number), null);
    }

    /** Makes an old revision's text the story's text again (a new revision); the editor shows it. */
    public void restore(int number) {
        story.attempt(() -> {
            ArticleView restored = workflow.restore(story.id(), story.version(), number);
            story.show(restored, StoryLoaded.Reason.CHANGED);
            return restored;
        }, "editor.saved");
    }

    public List<AuditView> getAudit() {
        return story.getArticle() == null || !staff.isEditor() ? List.of() : auditLog.ofArticle(story.id());
    }

    public SideBySideDiff getShownDiff() {
        return shownDiff;
    }

    public String getNewComment() {
        return newComment;
    }

    public void setNewComment(String newComment) {
        this.newComment = newComment;
    }
}
