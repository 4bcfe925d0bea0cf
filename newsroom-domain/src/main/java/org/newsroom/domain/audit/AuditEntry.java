package org.newsroom.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing that happened. Immutable: no setters, so nothing can rewrite history. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int MAX_DETAIL = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60, updatable = false)
    private String actor;

    @Column(nullable = false, length = 40, updatable = false)
    private String action;

    @Column(name = "article_id", updatable = false)
    private Long articleId;

    @Column(length = MAX_DETAIL, updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, AuditAction action, Long articleId, String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor.length() > 60 ? actor.substring(0, 60) : actor;
        this.action = action.name();
        this.articleId = articleId;
        this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public Long getArticleId() {
        return articleId;
    }

    public String getDetail() {
        return detail;
    }
}
