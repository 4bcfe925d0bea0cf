package org.newsroom.editorial.taxonomy;

import java.io.Serializable;
import java.time.Instant;

/** A story in a coverage, as the curation list shows it. */
public record CoverageStory(long id, String headline, String status, Instant publishedAt) implements Serializable {
}
