package org.newsroom.editorial.breaking;

import java.util.List;

/**
 * An edition's current items together with the id of the last change they include, so
 * a reader given this snapshot can later ask for the changes after {@code eventId}.
 */
public record TickerSnapshot(long eventId, List<BreakingView> items) {
}
