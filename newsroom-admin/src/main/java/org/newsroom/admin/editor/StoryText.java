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
import java.time.Instant;
import org.newsroom.admin.time.DeskTime;
import org.newsroom.domain.article.ReadingTime;
import org.newsroom.domain.article.StoryAction;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.configuration.Setting;
import org.newsroom.editorial.workflow.ArticleView;
import org.newsroom.editorial.workflow.ArticleWorkflow;

/**
 * The story's text: headline, summary and body, saved with Save. A save refused as stale
 * keeps the caller's text in the editor and shows what the other person changed since the
 * page had the story ({@link StaleSave}); the next save is then made against their version,
 * on purpose. The page's heartbeat renews the lease with the unsaved text and autosaves it
 * as a revision when it changed ({@link TypedText#worthAutosavingOver}).
 */
@Named
@ViewScoped
public class StoryText implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Lease renewal and autosave; configurable so that a test need not wait long. */
    static final int HEARTBEAT_SECONDS = (int) Setting.CONSOLE_HEARTBEAT_SECONDS.number();

    @EJB
    ArticleWorkflow workflow;

    @Inject
    OpenStory story;

    @Inject
    StoryLease lease;

    @Inject
    StoryDetails details;

    @Inject
    DeskTime deskTime;

    private String headline;
    private String summary;
    private String body;
    /** What others changed, after a save refused as stale; null otherwise. */
    private StaleSave stale;
    /** The text as last kept on the server (saved or autosaved), so an unchanged text is not autosaved again. */
    private TypedText lastKept;
    private String autosaveNote;

    public void storyLoaded(@Observes StoryLoaded loaded) {
        fill(loaded.story());
    }

    /** The fields show the story as loaded; a stale note about an older text no longer applies. */
    void fill(ArticleView loaded) {
        headline = loaded.headline();
        summary = loaded.summary();
        body = loaded.body();
        lastKept = typed();
        stale = null;
    }

    /** Saves the text, and the details with it when they were changed in their form. */
    public void save() {
        try {
            ArticleView saved = workflow.save(story.id(), story.version(), typed().toArticleText());
            story.adopt(saved);
            stale = null;
            try {
                details.describeIfChanged(saved.version());
            } catch (ActionRefused detailsRefused) {
                // The text is saved; the details stay in their form as typed, with what to fix.
                lastKept = typed();
                error(text("editor.details.refused", refusal(detailsRefused)));
                return;
            }
            story.reload();
            info(text("editor.saved"));
        } catch (ActionRefused refused) {
            if (refused.why() == ActionRefused.Why.STALE) {
                showWhatOthersChanged(refusal(refused));
            } else {
                error(refusal(refused));
            }
        }
    }

    /**
     * Keeps the caller's text where it is and shows the difference between the story as this
     * page had it and as it is saved now; quoting the new version lets the caller save their
     * text over it once they have looked.
     */
    private void showWhatOthersChanged(String refusal) {
        ArticleView theirs = workflow.get(story.id());
        stale = StaleSave.between(story.getArticle(), theirs, refusal);
        story.adopt(theirs);
        error(text("editor.stale"));
    }

    /** The page's heartbeat: renews the lease, leaves the unsaved text with it and autosaves. */
    public void heartbeat() {
        if (lease.isMine() && lease.renew(headline, summary, body)) {
            autosaveIfChanged();
        }
    }

    /** Keeps the text as an AUTOSAVE revision when it changed since it was last kept; says so quietly. */
    private void autosaveIfChanged() {
        TypedText now = typed();
        if (!isCanSave() || !now.worthAutosavingOver(lastKept)) {
            return;
        }
        try {
            workflow.autosave(story.id(), now.toArticleText()).ifPresent(number ->
                    autosaveNote = text("editor.autosaved", number, deskTime.show(Instant.now())));
            lastKept = now;
        } catch (ActionRefused refused) {
            autosaveNote = refusal(refused);
        }
    }

    TypedText typed() {
        return new TypedText(headline, summary, body);
    }

    public boolean isTextEditable() {
        return story.allows(StoryAction.EDIT);
    }

    /** The text may be changed and saved now: the workflow allows it and nobody else holds the lease. */
    public boolean isCanSave() {
        return isTextEditable() && !lease.isHeldByOther();
    }

    public int getWords() {
        return ReadingTime.countWords(body);
    }

    public int getMinutes() {
        return ReadingTime.of(getWords(), story.edition()).minutes();
    }

    public int getWordsPerMinute() {
        return story.edition().wordsPerMinute();
    }

    /** Seconds between heartbeats (lease renewal and autosave). */
    public int getHeartbeatSeconds() {
        return HEARTBEAT_SECONDS;
    }

    public StaleSave getStale() {
        return stale;
    }

    public String getAutosaveNote() {
        return autosaveNote;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
