package org.newsroom.admin.editor;

import static org.newsroom.admin.notices.Notices.refusal;
import static org.newsroom.admin.notices.Notices.error;
import static org.newsroom.admin.notices.Notices.info;
import static org.newsroom.admin.notices.Notices.text;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.newsroom.admin.time.DeskTime;
import org.newsroom.domain.article.StoryAction;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.workflow.ArticleView;
import org.newsroom.editorial.workflow.ArticleWorkflow;

/**
 * The workflow buttons: submit, back to draft, request changes, approve, schedule, cancel
 * the schedule, publish, unpublish and correct. Whether a button shows is the workflow's
 * answer for the signed-in person ({@link OpenStory#allows}), never a rule of its own here;
 * the service checks again when it is pressed.
 */
@Named
@ViewScoped
public class StoryWorkflow implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ArticleWorkflow workflow;

    @Inject
    OpenStory story;

    @Inject
    StoryText storyText;

    @Inject
    DeskTime deskTime;

    private String changesComment;
    private LocalDateTime publishAt;
    private String correctionNote;

    public void storyLoaded(@Observes StoryLoaded loaded) {
        publishAt = deskTime.toLocal(loaded.story().publishAt());
    }

    public boolean isCanSubmit() {
        return story.allows(StoryAction.SUBMIT);
    }

    public boolean isCanReopen() {
        return story.allows(StoryAction.REOPEN);
    }

    /** Approve and request changes come together: the reviewer of a story in review. */
    public boolean isCanReview() {
        return story.allows(StoryAction.APPROVE) && story.allows(StoryAction.REQUEST_CHANGES);
    }

    public boolean isCanSchedule() {
        return story.allows(StoryAction.SCHEDULE);
    }

    public boolean isCanCancelSchedule() {
        return story.allows(StoryAction.CANCEL_SCHEDULE);
    }

    public boolean isCanPublish() {
        return story.allows(StoryAction.PUBLISH);
    }

    /** Unpublish and correct come together: a chief editor on a published story. */
    public boolean isCanUnpublishOrCorrect() {
        return story.allows(StoryAction.UNPUBLISH) && story.allows(StoryAction.CORRECT);
    }

    public void submit() {
        transition(() -> workflow.submit(story.id(), story.version()));
    }

    public void reopen() {
        transition(() -> workflow.reopen(story.id(), story.version()));
    }

    public void requestChanges() {
        transition(() -> workflow.requestChanges(story.id(), story.version(), changesComment));
        changesComment = null;
    }

    public void approve() {
        transition(() -> workflow.approve(story.id(), story.version()));
    }

    public void schedule() {
        transition(() -> workflow.schedule(story.id(), story.version(), deskTime.toInstant(publishAt), null));
    }

    public void cancelSchedule() {
        transition(() -> workflow.cancelSchedule(story.id(), story.version()));
    }

    public void publishNow() {
        transition(() -> workflow.publishNow(story.id(), story.version()));
    }

    public void unpublish() {
        transition(() -> workflow.unpublish(story.id(), story.version()));
    }

    /** Publishes the body as it is in the editor as a correction of the published story, with its note. */
    public void correct() {
        transition(() -> workflow.correct(story.id(), story.version(), storyText.getBody(), correctionNote));
        correctionNote = null;
    }

    private void transition(Supplier<ArticleView> action) {
        try {
            ArticleView moved = action.get();
            story.show(moved, StoryLoaded.Reason.MOVED);
            info(text("workflow.done", moved.status()));
        } catch (ActionRefused refused) {
            error(refusal(refused));
        }
    }

    public String getChangesComment() {
        return changesComment;
    }

    public void setChangesComment(String changesComment) {
        this.changesComment = changesComment;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public void setCorrectionNote(String correctionNote) {
        this.correctionNote = correctionNote;
    }
}
