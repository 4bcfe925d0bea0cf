package org.newsroom.editorial.breaking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a message on the breaking topic announces; its wire name travels as the {@code type} property. */
public enum BreakingEvent {
    POSTED,
    EDITED,
    RETRACTED,
    /** A new entry on a live article; the message names the article and the entry. */
    LIVE_ENTRY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<BreakingEvent> fromWireName(String name) {
        return Arrays.stream(values()).filter(e -> e.wireName().equals(name)).findFirst();
    }
}
