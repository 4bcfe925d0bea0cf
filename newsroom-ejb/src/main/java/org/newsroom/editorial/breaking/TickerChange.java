package org.newsroom.editorial.breaking;

/**
 * A change to a ticker item that a reconnecting reader missed, as the item stands now:
 * {@code item} is null when {@link BreakingEvent#removes() the change removes it}.
 */
public record TickerChange(long eventId, BreakingEvent type, long itemId, BreakingView item) {
}
