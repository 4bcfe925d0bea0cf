package org.newsroom.admin.media;

import org.newsroom.admin.notices.Notices;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.Supplier;
import org.newsroom.admin.editor.OpenStory;
import org.newsroom.editorial.media.ArticleImages;
import org.newsroom.editorial.media.AssetView;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.workflow.ArticleView;
import org.primefaces.PrimeFaces;

/**
 * The editor's picture panel: the story's lead image, pictures placed in the body and,
 * for gallery stories, the gallery. Lead and gallery changes go to the service at once
 * and the open story quotes the new version; a body picture goes into the text at the cursor
 * (in the browser) and is stored with the next save, where the sanitizer checks it.
 */
@Named
@ViewScoped
public class StoryPictures implements PickTarget, Serializable {

    private static final long serialVersionUID = 1L;

    /** The width written into the body; the reader site adds a srcset of every rendition. */
    static final int BODY_WIDTH = 1024;

    /** What the open picker is for. */
    public enum Purpose { LEAD, BODY, GALLERY }

    @EJB
    ArticleImages images;

    @Inject
    OpenStory story;

    private Purpose purpose = Purpose.LEAD;
    private ArticleImages.Illustration illustration;
    private String galleryCaption;

    public ArticleImages.Illustration getIllustration() {
        if (illustration == null && story.getArticle() != null) {
            illustration = images.of(story.getArticle().id());
        }
        return illustration;
    }

    public void choose(String what) {
        purpose = Purpose.valueOf(what);
    }

    @Override
    public void picked(AssetView asset) {
        switch (purpose) {
            case LEAD -> change(() -> images.setLead(storyId(), story.getArticle().version(), asset.id()), "media.lead.set");
            case GALLERY -> {
                change(() -> images.addToGallery(storyId(), story.getArticle().version(), asset.id(), galleryCaption),
                        "media.gallery.added");
                galleryCaption = null;
            }
            case BODY -> {
                PrimeFaces.current().ajax().addCallbackParam("mediaUrl", asset.url(BODY_WIDTH));
                PrimeFaces.current().ajax().addCallbackParam("mediaAlt", asset.altText());
                Notices.info(Notices.text("media.body.inserted"));
            }
        }
    }

    public void removeLead() {
        change(() -> images.setLead(storyId(), story.getArticle().version(), null), "media.lead.removed");
    }

    public void removeFromGallery(long galleryImageId) {
        change(() -> images.removeFromGallery(storyId(), story.getArticle().version(), galleryImageId), "media.gallery.removed");
    }

    private void change(Supplier<ArticleView> action, String doneKey) {
        try {
            story.adopt(action.get());
            illustration = null;
            Notices.info(Notices.text(doneKey));
        } catch (ActionRefused refused) {
            Notices.error(Notices.refusal(refused));
        }
    }

    private long storyId() {
        return story.getArticle().id();
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getGalleryCaption() {
        return galleryCaption;
    }

    public void setGalleryCaption(String galleryCaption) {
        this.galleryCaption = galleryCaption;
    }
}
