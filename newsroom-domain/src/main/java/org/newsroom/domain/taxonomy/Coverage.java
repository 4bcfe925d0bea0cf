package org.newsroom.domain.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.edition.Edition;

/** A curated collection of stories on one running topic, with its own page and standfirst. */
@Entity
@Table(name = "coverage")
public class Coverage extends TaxonomyTerm {

    @Size(max = 600)
    @Column(length = 600)
    private String description;

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
}
