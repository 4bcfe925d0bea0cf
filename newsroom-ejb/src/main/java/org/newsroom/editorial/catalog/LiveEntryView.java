package org.newsroom.editorial.catalog;

import java.time.Instant;

/** One timestamped post of a live coverage. */
public record LiveEntryView(String headline, String body, Instant postedAt) {
}
