package org.newsroom.editorial.site;

import org.newsroom.domain.edition.Edition;

/** An edition's edited name and slogan (slogan may be null). */
public record EditionText(Edition edition, String name, String slogan) {
}
