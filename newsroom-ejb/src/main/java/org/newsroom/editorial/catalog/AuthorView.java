package org.newsroom.editorial.catalog;

/** An author as bylines and the authors index show them. */
public record AuthorView(long id, String slug, String name, String bio) {
}
