package org.newsroom.editorial.workflow;

/** A section a story can be placed in. */
public record SectionChoice(long id, String slug, String name) {
}
