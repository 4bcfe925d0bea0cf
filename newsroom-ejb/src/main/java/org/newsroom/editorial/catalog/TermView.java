package org.newsroom.editorial.catalog;

/** A region, tag or coverage: what its page and the links to it need. */
public record TermView(long id, String slug, String name, String description) {
}
