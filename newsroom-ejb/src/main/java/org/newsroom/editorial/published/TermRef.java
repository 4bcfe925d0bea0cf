package org.newsroom.editorial.published;

/** A region, tag, coverage or author as an API or feed names it. */
public record TermRef(long id, String slug, String name) {
}
