package org.newsroom.admin.taxonomy;

import java.io.Serializable;
import org.newsroom.domain.article.Slug;

/**
 * The name and address of a section or region about to be created. The address is
 * proposed from the name as it is typed, the way stories get theirs, until the editor
 * types an address of their own; the service checks whatever is sent.
 */
public class NewTerm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String slug;
    private String proposed;

    /** Proposes an address from the name, unless the editor changed the last proposal. */
    public void nameChanged() {
        if (slug == null || slug.isBlank() || slug.equals(proposed)) {
            proposed = proposalFor(name);
            slug = proposed;
        }
    }

    static String proposalFor(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        try {
            return Slug.from(name).value();
        } catch (IllegalArgumentException noLetters) {
            return "";
        }
    }

    void clear() {
        name = null;
        slug = null;
        proposed = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
