package org.newsroom.admin.editor;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.workflow.ArticleWorkflow;
import org.newsroom.editorial.workflow.NewArticle;
import org.newsroom.editorial.workflow.SectionChoice;

/**
 * The editor page without a story: edition, section, headline, kind and desk start a draft,
 * which then opens in the same page (and its lease is taken) for writing.
 */
@Named
@ViewScoped
public class NewStory implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ArticleWorkflow workflow;

    @Inject
    OpenStory story;

    private Edition edition = Edition.DEFAULT;
    private Long sectionId;
    private String headline;
    private ArticleKind kind = ArticleKind.NEWS;
    private String desk;

    public void create() {
        story.attempt(() -> {
            var created = workflow.create(new NewArticle(edition == null ? null : edition.code(), headline, sectionId, desk,
                    kind == null ? null : kind.name()));
            story.show(created, StoryLoaded.Reason.OPENED);
            return created;
        }, "editor.saved");
    }

    public List<SectionChoice> getSections() {
        return workflow.sections(chosenEdition().code());
    }

    public Edition[] getEditions() {
        return Edition.values();
    }

    public ArticleKind[] getKinds() {
        return ArticleKind.values();
    }

    /** The headline field runs right-to-left for an Arabic story. */
    public String getDirection() {
        return chosenEdition().direction();
    }

    private Edition chosenEdition() {
        return edition == null ? Edition.DEFAULT : edition;
    }

    public Edition getEdition() {
        return edition;
    }

    public void setEdition(Edition edition) {
        this.edition = edition;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public void setSectionId(Long sectionId) {
        this.sectionId = sectionId;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public ArticleKind getKind() {
        return kind;
    }

    public void setKind(ArticleKind kind) {
        this.kind = kind;
    }

    public String getDesk() {
        return desk;
    }

    public void setDesk(String desk) {
        this.desk = desk;
    }
}
