package org.newsroom.domain.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.edition.Edition;

/**
 * A place in the edition's menu: a top-level section (News, Opinion, Videos …) or a
 * subsection of one (News › Politics). The tree has two levels, no more.
 */
@Entity
@Table(name = "section")
public class Section extends TaxonomyTerm {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Section parent;

    @Column(nullable = false)
    private int position;

    protected Section() {
    }

    private Section(Edition edition, String name, Slug slug, Section parent, int position) {
        super(edition, name, slug);
        this.parent = parent;
        this.position = position;
    }

    public static Section topLevel(Edition edition, String name, Slug slug, int position) {
        return new Section(edition, name, slug, null, position);
    }

    /** A subsection of this section, in the same edition. */
    public Section subsection(String name, Slug slug, int position) {
        if (parent != null) {
            throw new DomainRuleViolation("Sections have two levels: \"" + getName() + "\" is already a subsection");
        }
        return new Section(getEdition(), name, slug, this, position);
    }

    public Section getParent() {
        return parent;
    }

    public boolean isTopLevel() {
        return parent == null;
    }

    public int getPosition() {
        return position;
    }

    public void moveTo(int newPosition) {
        this.position = newPosition;
    }

    /** The URL path below the edition: {@code news/politics} or {@code opinion}. */
    public String path() {
        return parent == null ? getSlug() : parent.getSlug() + "/" + getSlug();
    }

    /** The top-level section this one sits in (itself when it is top level). */
    public Section topLevelSection() {
        return parent == null ? this : parent;
    }
}
