package org.newsroom.domain.breaking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.refusal.Reason;

/** One line of breaking news in one edition, optionally pointing at a story. */
@Entity
@Table(name = "breaking_item")
public class BreakingItem {

    public static final int MAX_TEXT = 200;
    public static final int MAX_SOURCE_MESSAGE_ID = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "breaking_item_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Edition edition;

    @NotBlank
    @Size(max = MAX_TEXT)
    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "article_id")
    private Long articleId;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "posted_by", nullable = false, length = 60)
    private String postedBy;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "retracted_at")
    private Instant retractedAt;

    /**
     * The id of the message that asked for this item (a JMS client's id, or the
     * JMSMessageID); unique, so a redelivered message can never post the item twice.
     */
    @Column(name = "source_message_id", length = MAX_SOURCE_MESSAGE_ID, unique = true)
    private String sourceMessageId;

    /** Set by the one node that announced this item's expiry (a conditional update, so only once). */
    @Column(name = "expiry_announced", nullable = false)
    private boolean expiryAnnounced;

    /** The longest a breaking item may be set to stay on the ticker. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(7);

    protected BreakingItem() {
    }

    public BreakingItem(Edition edition, String text, Long articleId, Instant postedAt, String postedBy, Instant expiresAt) {
        this.edition = edition;
        this.text = requireText(text);
        this.articleId = articleId;
        this.postedAt = postedAt;
        this.postedBy = postedBy;
        if (expiresAt != null && !expiresAt.isAfter(postedAt)) {
            throw new DomainRuleViolation(Reason.BREAKING_EXPIRY_BEFORE_POSTING);
        }
        this.expiresAt = withinLifetime(expiresAt);
    }

    /** An item posted by a message; {@code sourceMessageId} makes the posting idempotent. */
    public BreakingItem(Edition edition, String text, Long articleId, Instant postedAt, String postedBy, Instant expiresAt,
            String sourceMessageId) {
        this(edition, text, articleId, postedAt, postedBy, expiresAt);
        if (sourceMessageId != null && sourceMessageId.length() > MAX_SOURCE_MESSAGE_ID) {
            throw new DomainRuleViolation(Reason.BREAKING_MESSAGE_ID_TOO_LONG, MAX_SOURCE_MESSAGE_ID);
        }
        this.sourceMessageId = sourceMessageId;
    }

    /** A ticker line is news of the moment: it may be set to expire at most {@link #MAX_LIFETIME} after posting. */
    private Instant withinLifetime(Instant expiry) {
        if (expiry != null && expiry.isAfter(postedAt.plus(MAX_LIFETIME))) {
            throw new DomainRuleViolation(Reason.BREAKING_EXPIRY_TOO_LATE, MAX_LIFETIME.toDays());
        }
        return expiry;
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new DomainRuleViolation(Reason.BREAKING_TEXT_MISSING);
        }
        String line = text.strip();
        if (line.length() > MAX_TEXT || line.contains("\n")) {
            throw new DomainRuleViolation(Reason.BREAKING_TEXT_TOO_LONG, MAX_TEXT);
        }
        return line;
    }

    /** Shown to readers: posted, not expired and not retracted. */
    public boolean isCurrent(Instant now) {
        return retractedAt == null && !postedAt.isAfter(now) && (expiresAt == null || expiresAt.isAfter(now));
    }

    public void edit(String newText, Instant newExpiry) {
        if (retractedAt != null) {
            throw new DomainRuleViolation(Reason.BREAKING_RETRACTED);
        }
        this.text = requireText(newText);
        this.expiresAt = withinLifetime(newExpiry);
        this.expiryAnnounced = false; // a new expiry is announced when it comes
    }

    public void retract(Instant when) {
        if (retractedAt == null) {
            this.retractedAt = when;
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Edition getEdition() {
        return edition;
    }

    public String getText() {
        return text;
    }

    public Long getArticleId() {
        return articleId;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getPostedBy() {
        return postedBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRetractedAt() {
        return retractedAt;
    }

    public boolean isExpiryAnnounced() {
        return expiryAnnounced;
    }

    public String getSourceMessageId() {
        return sourceMessageId;
    }
}
