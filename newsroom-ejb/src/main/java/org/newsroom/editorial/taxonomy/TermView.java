package org.newsroom.editorial.taxonomy;

import java.io.Serializable;
import org.newsroom.domain.edition.Edition;

/** A region or coverage as the taxonomy screen lists it; {@code description} only for coverages. */
public record TermView(long id, Edition edition, String slug, String name, String description, long stories) implements Serializable {
}
