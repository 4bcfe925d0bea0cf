package org.newsroom.admin.live;

import static org.newsroom.admin.notices.Notices.refusal;
import static org.newsroom.admin.notices.Notices.error;
import static org.newsroom.admin.notices.Notices.info;
import static org.newsroom.admin.notices.Notices.text;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.editorial.breaking.BreakingView;
import org.newsroom.editorial.breaking.LiveCoverage;
import org.newsroom.editorial.breaking.LiveEntryText;
import org.newsroom.editorial.breaking.LiveEntryView;
import org.newsroom.editorial.breaking.LiveStoryView;

/** Posting, correcting, removing and promoting the entries of one live story ({@code live.xhtml?id=…}). */
@Named
@ViewScoped
public class LiveDesk implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    LiveCoverage liveCoverage;

    private Long articleId;
    private LiveStoryView story;
    private List<LiveEntryView> entries = List.of();

    private String headline;
    private String text;

    private Long editingId;
    private String editHeadline;
    private String editText;

    /** Loads the story named by {@code ?id=}; anything else leaves a message and an empty page. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (articleId == null) {
            error(text("live.noStory"));
            return;
        }
        if (attempt(() -> {
            story = liveCoverage.story(articleId);
            entries = liveCoverage.entries(articleId);
        }) == null) {
            story = null;
        }
    }

    public void add() {
        if (story == null) {
            return;
        }
        if (attempt(() -> liveCoverage.addEntry(story.id(), headline, LiveEntryText.toHtml(text))) != null) {
            headline = null;
            text = null;
            info(text("live.added"));
            refresh();
        }
    }

    public void startEditing(LiveEntryView entry) {
        editingId = entry.id();
        editHeadline = entry.headline();
        editText = LiveEntryText.toPlain(entry.body());
    }

    public void cancelEditing() {
        editingId = null;
    }

    public void save() {
        if (editingId == null) {
            return;
        }
        if (attempt(() -> liveCoverage.editEntry(editingId, editHeadline, LiveEntryText.toHtml(editText))) != null) {
            editingId = null;
            info(text("live.saved"));
            refresh();
        }
    }

    public void remove(long entryId) {
        if (attempt(() -> liveCoverage.removeEntry(entryId)) != null) {
            if (Long.valueOf(entryId).equals(editingId)) {
                editingId = null;
            }
            info(text("live.removed"));
            refresh();
        }
    }

    public void promote(long entryId) {
        Object[] posted = new Object[1];
        if (attempt(() -> posted[0] = liveCoverage.promoteToTicker(entryId, null)) != null) {
            BreakingView item = (BreakingView) posted[0];
            info(MessageFormat.format(text("live.promoted"), item.edition().code()));
        }
    }

    public boolean isEditing(LiveEntryView entry) {
        return editingId != null && editingId == entry.id();
    }

    private void refresh() {
        entries = liveCoverage.entries(story.id());
    }

    /** Runs a service call; a refused one becomes an error message. Returns null when refused. */
    private Object attempt(Runnable call) {
        try {
            call.run();
            return Boolean.TRUE;
        } catch (DomainRuleViolation refused) {
            error(refusal(refused));
        } catch (EJBException failed) {
            error(failed.getCausedByException() instanceof DomainRuleViolation rule ? refusal(rule)
                    : text("live.failed"));
        }
        return null;
    }

    public Long getArticleId() {
        return articleId;
    }

    public void setArticleId(Long articleId) {
        this.articleId = articleId;
    }

    public LiveStoryView getStory() {
        return story;
    }

    public List<LiveEntryView> getEntries() {
        return entries;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getEditHeadline() {
        return editHeadline;
    }

    public void setEditHeadline(String editHeadline) {
        this.editHeadline = editHeadline;
    }

    public String getEditText() {
        return editText;
    }

    public void setEditText(String editText) {
        this.editText = editText;
    }

}
