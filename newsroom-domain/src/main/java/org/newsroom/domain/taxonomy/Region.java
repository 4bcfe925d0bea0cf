package org.newsroom.domain.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.edition.Edition;

/** A part of the world a story is about; an article has none, one or several. */
@Entity
@Table(name = "region")
public class Region extends TaxonomyTerm {

    protected Region() {
    }

    public Region(Edition edition, String name, Slug slug) {
        super(edition, name, slug);
    }
}
