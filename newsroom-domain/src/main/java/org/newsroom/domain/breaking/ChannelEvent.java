package org.newsroom.domain.breaking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.newsroom.domain.edition.Edition;

/**
 * One change announced on the breaking channel, kept so a reader who was away can be
 * replayed what changed since the last event it saw. Immutable. Its id is the SSE event id.
 */
@Entity
@Table(name = "channel_event")
public class ChannelEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "channel_event_seq")
    // One at a time (no pooled blocks): ids must follow the order of changes across nodes.
    @SequenceGenerator(name = "channel_event_seq", sequenceName = "channel_event_seq", allocationSize = 1)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2, updatable = false)
    private Edition edition;

    /** The wire name of the change ("posted", "retracted", "live-entry", ...). */
    @Column(nullable = false, length = 30, updatable = false)
    private String type;

    @Column(name = "item_id", updatable = false)
    private Long itemId;

    @Column(name = "article_id", updatable = false)
    private Long articleId;

    @Column(name = "entry_id", updatable = false)
    private Long entryId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected ChannelEvent() {
    }

    private ChannelEvent(Edition edition, String type, Long itemId, Long articleId, Long entryId, Instant occurredAt) {
        this.edition = edition;
        this.type = type;
        this.itemId = itemId;
        this.articleId = articleId;
        this.entryId = entryId;
        this.occurredAt = occurredAt;
    }

    /** A change to a ticker item. */
    public static ChannelEvent ofItem(Edition edition, String type, long itemId, Instant at) {
        return new ChannelEvent(edition, type, itemId, null, null, at);
    }

    /** A change to an entry of a live article. */
    public static ChannelEvent ofLiveEntry(Edition edition, String type, long articleId, long entryId, Instant at) {
        return new ChannelEvent(edition, type, null, articleId, entryId, at);
    }

    public Long getId() {
        return id;
    }

    public Edition getEdition() {
        return edition;
    }

    public String getType() {
        return type;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getArticleId() {
        return articleId;
    }

    public Long getEntryId() {
        return entryId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
