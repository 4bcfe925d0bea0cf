package org.newsroom.editorial.site;

import java.time.Instant;
import org.newsroom.domain.edition.Edition;

/** An edited static page: its title and sanitized HTML body. */
public record PageText(Edition edition, String name, String title, String body, Instant updatedAt) {
}
