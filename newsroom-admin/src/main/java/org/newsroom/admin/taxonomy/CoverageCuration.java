package org.newsroom.admin.taxonomy;

import static org.newsroom.admin.taxonomy.Messages.attempt;
import static org.newsroom.admin.notices.Notices.error;
import static org.newsroom.admin.notices.Notices.info;
import static org.newsroom.admin.notices.Notices.text;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.newsroom.editorial.taxonomy.CoverageStory;
import org.newsroom.editorial.taxonomy.TaxonomyDesk;
import org.newsroom.editorial.taxonomy.TermView;

/** Coverages of an edition: opening a new one, and adding stories to or taking them out of one. */
@Named
@ViewScoped
public class CoverageCuration extends EditionScreen {

    private static final long serialVersionUID = 1L;

    @EJB
    TaxonomyDesk desk;

    private String name;
    private String description;
    private Long selected;
    private Long storyId;
    private List<TermView> coverages;

    public List<TermView> getCoverages() {
        if (coverages == null) {
            coverages = desk.coverages(getEdition());
        }
        return coverages;
    }

    public List<CoverageStory> getStories() {
        return selected == null ? List.of() : desk.coverageStories(selected);
    }

    public void create() {
        if (attempt(() -> desk.createCoverage(getEdition(), name, description))) {
            info(text("coverages.created", name));
            name = null;
            description = null;
            coverages = null;
        }
    }

    public void select(TermView coverage) {
        selected = coverage.id();
    }

    public void add() {
        if (selected == null || storyId == null) {
            error(text("coverages.choose"));
            return;
        }
        if (attempt(() -> desk.curate(selected, storyId, true))) {
            info(text("coverages.added", storyId));
            storyId = null;
            coverages = null;
        }
    }

    public void remove(CoverageStory story) {
        if (attempt(() -> desk.curate(selected, story.id(), false))) {
            info(text("coverages.removed", story.headline()));
            coverages = null;
        }
    }

    public String getSelectedName() {
        return getCoverages().stream().filter(c -> c.id() == (selected == null ? -1 : selected)).map(TermView::name)
                .findFirst().orElse("");
    }

    @Override
    void forget() {
        coverages = null;
        selected = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getSelected() {
        return selected;
    }

    public Long getStoryId() {
        return storyId;
    }

    public void setStoryId(Long storyId) {
        this.storyId = storyId;
    }
}
