package org.newsroom.domain.taxonomy;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.refusal.Reason;

/**
 * A curated collection of stories on one running topic, with its own page and standfirst.
 * A few of its stories can be pinned to the top in an order the editor chooses; the rest
 * follow newest first. The coverage keeps its pins numbered 1..n without gaps.
 */
@Entity
@Table(name = "coverage")
public class Coverage extends TaxonomyTerm {

    @Size(max = 600)
    @Column(length = 600)
    private String description;

    /** Pinned stories, first on top: a handful, so readers still see the coverage move. */
    public static final int MAX_PINS = 5;

    @OneToMany(mappedBy = "coverage", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CoveragePin> pins = new ArrayList<>();

    protected Coverage() {
    }

    public Coverage(Edition edition, String name, Slug slug, String description) {
        super(edition, name, slug);
        this.description = description;
    }

    public String getDescription() {
        return description;
    }

    public void describe(String newDescription) {
        this.description = newDescription;
    }

    /** The pinned stories, first on top, published or not. */
    public List<Article> pinnedStories() {
        return pins.stream().map(CoveragePin::getStory).toList();
    }

    public boolean isPinned(Article story) {
        return pinOf(story).isPresent();
    }

    /** Pins a story of this coverage below the ones already pinned; returns its place (1 is first). */
    public int pin(Article story) {
        if (story.getCoverages().stream().noneMatch(this::sameAs)) {
            throw new DomainRuleViolation(Reason.PIN_OUTSIDE_COVERAGE, story.getHeadline(), getName());
        }
        if (isPinned(story)) {
            throw new DomainRuleViolation(Reason.PIN_ALREADY_PINNED, story.getHeadline());
        }
        if (pins.size() >= MAX_PINS) {
            throw new DomainRuleViolation(Reason.PINS_FULL, MAX_PINS);
        }
        pins.add(new CoveragePin(this, story, pins.size() + 1));
        return pins.size();
    }

    /** Unpins a story; the ones below move up. False if it was not pinned. */
    public boolean unpin(Article story) {
        Optional<CoveragePin> pin = pinOf(story);
        if (pin.isEmpty()) {
            return false;
        }
        pins.remove(pin.get());
        renumber();
        return true;
    }

    /** Moves a pinned story one place up ({@code -1}) or down ({@code +1}); returns its new place. */
    public int movePin(Article story, int direction) {
        if (direction != -1 && direction != 1) {
            throw new DomainRuleViolation(Reason.PIN_MOVES_ONE_PLACE);
        }
        CoveragePin pin = pinOf(story).orElseThrow(() -> new DomainRuleViolation(Reason.PIN_NOT_PINNED, story.getHeadline()));
        int at = pins.indexOf(pin);
        int to = at + direction;
        if (to < 0 || to >= pins.size()) {
            throw new DomainRuleViolation(direction < 0 ? Reason.PIN_ALREADY_FIRST : Reason.PIN_ALREADY_LAST, story.getHeadline());
        }
        java.util.Collections.swap(pins, at, to);
        renumber();
        return to + 1;
    }

    private void renumber() {
        for (int i = 0; i < pins.size(); i++) {
            pins.get(i).moveTo(i + 1);
        }
    }

    private Optional<CoveragePin> pinOf(Article story) {
        return pins.stream().filter(p -> sameStory(p.getStory(), story)).findFirst();
    }

    /** By id once stored: a pin may hold a lazy proxy of the very story the caller loaded. */
    private static boolean sameStory(Article a, Article b) {
        return a == b || a.getId() != null && a.getId().equals(b.getId());
    }

    private boolean sameAs(Coverage other) {
        return other == this || getId() != null && getId().equals(other.getId());
    }
}
