package org.newsroom.editorial.catalog;

import org.newsroom.domain.edition.Edition;

/**
 * Where the same story lives in another edition: the edition switch, hreflang links, the API's
 * alternates and the sitemaps' all use this one record, its path built by {@link ReaderTaxonomy#storyPath}.
 */
public record Translation(Edition edition, String path) {
}
