package org.newsroom.editorial.catalog;

import java.time.Instant;

/** One timestamped post of a live coverage; {@code id} lets the page's script find it when it changes. */
public record LiveEntryView(long id, String headline, String body, Instant postedAt) {
}
