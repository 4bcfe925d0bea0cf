package org.newsroom.editorial.workflow;

import java.io.Serializable;

/**
 * Something an editor picks from a list or an autocomplete: a region, tag, coverage,
 * author or story, by id, with the name shown. Serializable because view-scoped pages keep it.
 */
public record Choice(long id, String name) implements Serializable {
}
