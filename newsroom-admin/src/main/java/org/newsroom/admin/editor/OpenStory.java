package org.newsroom.admin.editor;

import static org.newsroom.admin.notices.Notices.refusal;
import static org.newsroom.admin.notices.Notices.error;
import static org.newsroom.admin.notices.Notices.info;
import static org.newsroom.admin.notices.Notices.text;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.Supplier;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.article.StoryAction;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.listing.ArticleListing;
import org.newsroom.editorial.workflow.ArticleView;
import org.newsroom.editorial.workflow.ArticleWorkflow;

/**
 * The story the editor page has open, shared by every part of the page. It holds the story
 * as last read from the service (whose version the next write quotes, and whose allowed
 * actions decide every button) and tells the parts when it was reloaded, so each refills its
 * own form ({@link StoryLoaded}). A part that changed the story without wanting the forms
 * refilled (the pictures, an assignment, a save refused as stale) only {@link #adopt}s the
 * new version, keeping the unsaved text as typed.
 */
@Named
@ViewScoped
public class OpenStory implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ArticleWorkflow workflow;

    @EJB
    ArticleListing listing;

    @Inject
    Event<StoryLoaded> loaded;

    private Long id;
    /** The story as last read from the service. */
    private ArticleView article;

    /** The view action: an existing story when {@code id} is given, otherwise the page shows the new-story form. */
    public void open() {
        if (id == null || article != null) {
            return;
        }
        try {
            show(workflow.get(id), StoryLoaded.Reason.OPENED);
        } catch (ActionRefused refused) {
            error(refusal(refused));
            id = null;
            article = null;
        }
    }

    /** Takes {@code story} as the open story and has every part refill its form from it. */
    public void show(ArticleView story, StoryLoaded.Reason reason) {
        article = story;
        id = story.id();
        loaded.fire(new StoryLoaded(story, reason));
    }

    /** Reads the story again after a change and refills the forms. */
    public void reload() {
        show(workflow.get(id), StoryLoaded.Reason.CHANGED);
    }

    /** Quotes the version another part got back from its service from now on; the forms keep what was typed. */
    public void adopt(ArticleView changed) {
        if (changed != null && article != null && changed.id() == article.id()) {
            article = changed;
        }
    }

    /** Runs a change and shows its outcome: the success text (when given) or the refusal in words. */
    public boolean attempt(Supplier<?> action, String successKey) {
        try {
            action.get();
            if (successKey != null) {
                info(text(successKey));
            }
            return true;
        } catch (ActionRefused refused) {
            error(refusal(refused));
            return false;
        }
    }

    /** Whether the workflow lets the signed-in person take this action on the story now (the one role × state table). */
    public boolean allows(StoryAction action) {
        return article != null && article.allows(action);
    }

    public long id() {
        return article.id();
    }

    /** The version the next write quotes. */
    public long version() {
        return article.version();
    }

    public Edition edition() {
        return article == null ? Edition.DEFAULT : Edition.fromCode(article.edition()).orElse(Edition.DEFAULT);
    }

    /** {@code rtl} for Arabic stories, so fields and text run the right way. */
    public String getDirection() {
        return edition().direction();
    }

    /** The reader page of a published story, for a look at what readers see. */
    public String getReaderPath() {
        return article == null || !ArticleStatus.PUBLISHED.name().equals(article.status()) ? null
                : listing.readerPath(article.id()).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ArticleView getArticle() {
        return article;
    }
}
