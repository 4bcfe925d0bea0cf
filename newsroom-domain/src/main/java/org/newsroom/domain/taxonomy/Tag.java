package org.newsroom.domain.taxonomy;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.edition.Edition;

/** A free keyword that links stories on the same subject; each tag has its own page. */
@Entity
@Table(name = "tag")
public class Tag extends TaxonomyTerm {

    protected Tag() {
    }

    public Tag(Edition edition, String name, Slug slug) {
        super(edition, name, slug);
    }
}
