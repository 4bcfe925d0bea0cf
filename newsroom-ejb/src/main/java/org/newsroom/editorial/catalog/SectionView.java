package org.newsroom.editorial.catalog;

import org.newsroom.domain.taxonomy.Section;

/** A section as menus and section pages show it; {@code parentSlug} is null for a top-level section. */
public record SectionView(long id, String slug, String name, String parentSlug, String parentName) {

    static SectionView of(Section s) {
        Section parent = s.getParent();
        return new SectionView(s.getId(), s.getSlug(), s.getName(), parent == null ? null : parent.getSlug(),
                parent == null ? null : parent.getName());
    }

    public boolean isTopLevel() {
        return parentSlug == null;
    }

    /** The path below the edition: {@code news/politics} or {@code opinion}. */
    public String path() {
        return parentSlug == null ? slug : parentSlug + "/" + slug;
    }
}
