package org.newsroom.editorial.catalog;

import org.newsroom.domain.edition.Edition;

/** Where the same story lives in another edition, for the edition switch and hreflang links. */
public record Translation(Edition edition, String sectionSlug, String parentSectionSlug, String slug) {

    public String path() {
        return edition.storyPath(parentSectionSlug == null ? sectionSlug : parentSectionSlug + "/" + sectionSlug, slug);
    }
}
