package org.newsroom.domain.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Set;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.refusal.Reason;

/**
 * A place in the edition's menu: a top-level section (News, Opinion, Videos …) or a
 * subsection of one (News › Politics). The tree has two levels, no more.
 */
@Entity
@Table(name = "section")
public class Section extends TaxonomyTerm {

    /**
     * Addresses a section may not take. A section lives at {@code /{ed}/{slug}/}, and the
     * reader site's router ({@code org.newsroom.web.EditionRoutes}) gives these words below
     * an edition to other pages first (search, static pages, the term and author pages), so
     * a section there would be hidden or would hide them. The site-wide first segments (api,
     * feeds, sitemaps …) are kept free too, so that no section address reads like one of them.
     * A new fixed word in the router belongs here as well.
     */
    public static final Set<String> RESERVED_SLUGS = Set.of(
            "search", "about", "contact", "privacy", "authors", "author", "region", "tag", "coverage",
            "api", "feeds", "sitemaps", "media", "assets", "preview", "admin");

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
            throw new DomainRuleViolation(Reason.SECTION_DEPTH, getName());
        }
        return new Section(getEdition(), name, slug, this, position);
    }

    /** True when {@code slug} is one of the {@link #RESERVED_SLUGS}. */
    public static boolean isReserved(Slug slug) {
        return RESERVED_SLUGS.contains(slug.value());
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
