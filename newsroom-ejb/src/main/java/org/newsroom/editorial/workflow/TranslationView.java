package org.newsroom.editorial.workflow;

/** Another edition's version of a story, as the editor lists it. */
public record TranslationView(long id, String edition, String headline, String status) {
}
