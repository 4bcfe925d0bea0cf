package org.newsroom.editorial.breaking;

/**
 * A change to a live article's entries that a reconnecting reader missed, as the entry
 * stands now: {@code entry} is null when the entry was removed.
 */
public record LiveChange(long eventId, BreakingEvent type, long articleId, long entryId, LiveEntryView entry) {
}
