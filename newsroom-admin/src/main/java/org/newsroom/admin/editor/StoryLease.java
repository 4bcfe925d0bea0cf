package org.newsroom.admin.editor;

import static org.newsroom.admin.notices.Notices.refusal;
import static org.newsroom.admin.notices.Notices.error;
import static org.newsroom.admin.notices.Notices.text;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.newsroom.admin.security.SignedInStaff;
import org.newsroom.admin.time.DeskTime;
import org.newsroom.domain.article.StoryAction;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.lease.EditLeases;
import org.newsroom.editorial.lease.LeaseView;

/**
 * Who has the open story in hand: opening a story the caller may change takes its edit
 * lease; a workflow transition ends it (the service released it); an editor may take it over.
 * The text, details, pictures and history ask it whether someone else holds the story.
 */
@Named
@ViewScoped
public class StoryLease implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    EditLeases leases;

    @Inject
    OpenStory story;

    @Inject
    SignedInStaff staff;

    @Inject
    DeskTime deskTime;

    private LeaseView lease;

    public void storyLoaded(@Observes StoryLoaded loaded) {
        switch (loaded.reason()) {
            case OPENED -> takeIfEditable();
            // Do not take it again: the story usually goes to someone else (the writer, the editor), who would find it locked.
            case MOVED -> lease = null;
            case CHANGED -> { }
        }
    }

    /** Takes the lease when the caller may edit the text, otherwise only looks who holds it. */
    public void takeIfEditable() {
        if (!story.allows(StoryAction.EDIT)) {
            lease = leases.current(story.id()).orElse(null);
            return;
        }
        try {
            lease = leases.acquire(story.id());
        } catch (ActionRefused heldByOther) {
            lease = leases.current(story.id()).orElse(null);
        }
    }

    /**
     * Renews the lease and leaves the unsaved text with it (kept as a revision if an editor
     * takes over). False, with the reason shown, when the lease was lost meanwhile.
     */
    public boolean renew(String headline, String summary, String body) {
        try {
            lease = leases.heartbeat(story.id(), headline, summary, body);
            return true;
        } catch (ActionRefused lost) {
            lease = leases.current(story.id()).orElse(null);
            error(refusal(lost));
            return false;
        }
    }

    public void takeOver() {
        story.attempt(() -> lease = leases.takeOver(story.id()), null);
    }

    public boolean isMine() {
        return lease != null && lease.holder().equals(staff.getName());
    }

    public boolean isHeldByOther() {
        return lease != null && !lease.holder().equals(staff.getName());
    }

    public boolean isCanTakeOver() {
        return staff.isEditor() && isHeldByOther() && story.allows(StoryAction.EDIT);
    }

    public String getNote() {
        return lease == null ? "" : text("editor.lease.other", lease.holder(), deskTime.show(lease.since()));
    }

    public LeaseView getLease() {
        return lease;
    }
}
