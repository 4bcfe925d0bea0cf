package org.newsroom.editorial.published;

import org.newsroom.domain.edition.Edition;

/** The same story in another edition, for hreflang alternates. */
public record Translation(Edition edition, String path) {
}
