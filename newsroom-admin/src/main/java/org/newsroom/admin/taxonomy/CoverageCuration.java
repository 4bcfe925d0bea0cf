package org.newsroom.admin.taxonomy;

import static org.newsroom.admin.taxonomy.Messages.attempt;
import static org.newsroom.admin.notices.Notices.error;
import static org.newsroom.admin.notices.Notices.info;
import static org.newsroom.admin.notices.Notices.text;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsroom.domain.taxonomy.Coverage;
import org.newsroom.editorial.taxonomy.CoverageStory;
import org.newsroom.editorial.taxonomy.CoveragePins;
import org.newsroom.editorial.taxonomy.TaxonomyDesk;
import org.newsroom.editorial.taxonomy.TermView;

/**
 * Coverages of an edition: opening a new one, adding stories to or taking them out of one,
 * and pinning a few of its stories to the top of its page in the order the editor wants.
 */
@Named
@ViewScoped
public class CoverageCuration extends EditionScreen {

    private static final long serialVersionUID = 1L;

    @EJB
    TaxonomyDesk desk;

    @EJB
    CoveragePins pins;

    private String name;
    private String description;
    private Long selected;
    private Long storyId;
    private List<TermView> coverages;
    private List<CuratedStory> stories;

    public List<TermView> getCoverages() {
        if (coverages == null) {
            coverages = desk.coverages(getEdition());
        }
        return coverages;
    }

    /** The stories as readers get them: the pinned ones first, in their order, then the rest newest first. */
    public List<CuratedStory> getStories() {
        if (selected == null) {
            return List.of();
        }
        if (stories == null) {
            List<Long> pinned = pins.pinned(selected);
            List<CuratedStory> rows = new ArrayList<>();
            for (CoverageStory story : desk.coverageStories(selected)) {
                rows.add(new CuratedStory(story, pinned.indexOf(story.id()) + 1, pinned.size()));
            }
            rows.sort(Comparator.comparingInt(row -> row.isPinned() ? row.place() : Integer.MAX_VALUE));
            stories = rows;
        }
        return stories;
    }

    public int getMaxPins() {
        return Coverage.MAX_PINS;
    }

    public void pin(CuratedStory row) {
        if (attempt(() -> pins.pin(selected, row.story().id()))) {
            info(text("coverages.pinned", row.story().headline()));
            stories = null;
        }
    }

    public void unpin(CuratedStory row) {
        if (attempt(() -> pins.unpin(selected, row.story().id()))) {
            info(text("coverages.unpinned", row.story().headline()));
            stories = null;
        }
    }

    public void moveUp(CuratedStory row) {
        move(row, -1);
    }

    public void moveDown(CuratedStory row) {
        move(row, 1);
    }

    private void move(CuratedStory row, int direction) {
        if (attempt(() -> pins.move(selected, row.story().id(), direction))) {
            info(text("coverages.moved", row.story().headline(), row.place() + direction));
            stories = null;
        }
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
        stories = null;
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
            stories = null;
        }
    }

    public void remove(CuratedStory row) {
        if (attempt(() -> desk.curate(selected, row.story().id(), false))) {
            info(text("coverages.removed", row.story().headline()));
            coverages = null;
            stories = null;
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
        stories = null;
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
