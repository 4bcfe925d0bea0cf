package org.newsroom.editorial.breaking;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a message on the breaking topic announces; its wire name travels as the {@code type} property. */
public enum BreakingEvent {
    POSTED,
    EDITED,
    RETRACTED,
    /** The item's expiry passed; announced once, by whichever node's timer saw it first. */
    EXPIRED,
    /** A new entry on a live article; the message names the article and the entry. */
    LIVE_ENTRY,
    LIVE_ENTRY_EDITED,
    LIVE_ENTRY_REMOVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Changes to a live article's entries rather than to an edition's ticker. */
    public boolean isLiveEntry() {
        return this == LIVE_ENTRY || this == LIVE_ENTRY_EDITED || this == LIVE_ENTRY_REMOVED;
    }

    /** After this change the thing it names is gone from readers' screens. */
    public boolean removes() {
        return this == RETRACTED || this == EXPIRED || this == LIVE_ENTRY_REMOVED;
    }

    public static Optional<BreakingEvent> fromWireName(String name) {
        return Arrays.stream(values()).filter(e -> e.wireName().equals(name)).findFirst();
    }
}
