package org.newsroom.editorial.taxonomy;

import java.io.Serializable;
import org.newsroom.domain.edition.Edition;

/** A section in the tree: its parent (null at the top), place among its siblings and story count. */
public record SectionNode(long id, Edition edition, String slug, String name, Long parentId, int position, long stories) implements Serializable {
}
