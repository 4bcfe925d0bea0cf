package org.newsroom.domain.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.edition.Edition;

/** What every browsable term has: an edition, a display name and a slug unique within its kind and edition. */
@MappedSuperclass
public abstract class TaxonomyTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "taxonomy_seq")
    private Long id;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Edition edition;

    @NotBlank
    @Size(max = Slug.MAX_LENGTH)
    @Column(nullable = false, length = Slug.MAX_LENGTH)
    private String slug;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    protected TaxonomyTerm() {
    }

    protected TaxonomyTerm(Edition edition, String name, Slug slug) {
        this.edition = edition;
        this.name = name;
        this.slug = slug.value();
    }

    public Long getId() {
        return id;
    }

    public Edition getEdition() {
        return edition;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("A name cannot be empty");
        }
        this.name = newName.strip();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + edition.code() + "/" + slug + "]";
    }
}
