package org.newsroom.editorial.catalog;

/** A section as menus and section pages show it; {@code parentSlug} is null for a top-level section. */
public record SectionView(long id, String slug, String name, String parentSlug, String parentName) {

    public boolean isTopLevel() {
        return parentSlug == null;
    }

    /** The path below the edition: {@code news/politics} or {@code opinion}. */
    public String path() {
        return parentSlug == null ? slug : parentSlug + "/" + slug;
    }
}
