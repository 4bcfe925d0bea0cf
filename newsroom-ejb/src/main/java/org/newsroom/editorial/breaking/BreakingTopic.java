package org.newsroom.editorial.breaking;

/** The names under which the breaking-news destinations are bound (declared in ops/cli/install.cli). */
public final class BreakingTopic {

    /** Fan-out to every node: "an item of this edition changed". */
    public static final String TOPIC = "java:/jms/newsroom/breaking";
    /** Where any JMS client may post a breaking item as JSON (see docs/breaking.md). */
    public static final String INBOX = "java:/jms/newsroom/breaking-inbox";
    /** Inbox messages that could not be posted, each with a {@link #REASON}. */
    public static final String DEAD_LETTERS = "java:/jms/newsroom/breaking-dead";
    /** Message property: the edition code ("en", "ar", "es"). */
    public static final String EDITION = "edition";
    /** Message property: the id of the item that changed. */
    public static final String ITEM_ID = "itemId";
    /** Message property: the id of the recorded change; readers get it as the SSE event id. */
    public static final String EVENT_ID = "eventId";
    /** Message property: what happened, one of {@link BreakingEvent#wireName()}. */
    public static final String TYPE = "type";
    /** Message property on live-entry events: the live article. */
    public static final String ARTICLE_ID = "articleId";
    /** Message property on live-entry events: the new entry. */
    public static final String ENTRY_ID = "entryId";
    /** Message property on dead letters: why the inbox refused the message. */
    public static final String REASON = "reason";
    /** Optional message property on inbox messages: the sender's own id, for idempotent posting. */
    public static final String CLIENT_MESSAGE_ID = "clientMessageId";

    private BreakingTopic() {
    }
}
