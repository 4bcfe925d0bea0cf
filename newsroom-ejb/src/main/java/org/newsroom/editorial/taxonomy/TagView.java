package org.newsroom.editorial.taxonomy;

import java.io.Serializable;
import org.newsroom.domain.edition.Edition;

/** A tag as the taxonomy screen lists it, with how many stories carry it. */
public record TagView(long id, Edition edition, String slug, String name, long stories) implements Serializable {
}
