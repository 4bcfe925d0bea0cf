package org.newsroom.editorial.breaking;

/** The names under which the breaking-news destinations are bound (declared in ops/cli/install.cli). */
public final class BreakingTopic {

    /** Fan-out to every node: "an item of this edition changed". */
    public static final String TOPIC = "java:/jms/newsroom/breaking";
    /** Message property: the edition code ("en", "ar", "es"). */
    public static final String EDITION = "edition";
    /** Message property: the id of the item that changed. */
    public static final String ITEM_ID = "itemId";

    private BreakingTopic() {
    }
}
