package org.newsroom.domain.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.newsroom.domain.article.Slug;

/** A byline: a journalist (or a desk) that stories are credited to. */
@Entity
@Table(name = "author")
public class Author {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "author_seq")
    private Long id;

    @NotBlank
    @Size(max = Slug.MAX_LENGTH)
    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    @Size(max = 600)
    @Column(length = 600)
    private String bio;

    /** The staff account that writes under this byline, if any. */
    @Size(max = 60)
    @Column(name = "staff_username", length = 60)
    private String staffUsername;

    protected Author() {
    }

    public Author(String name, Slug slug, String bio) {
        this.name = name;
        this.slug = slug.value();
        this.bio = bio;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getBio() {
        return bio;
    }

    public String getStaffUsername() {
        return staffUsername;
    }

    public void linkToStaff(String username) {
        this.staffUsername = username;
    }
}
