package org.newsroom.domain.revision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.newsroom.domain.article.Article;

/** A snapshot of a story's text as somebody saved it. */
@Entity
@Table(name = "revision")
public class Revision {

    /** Why the snapshot was taken. */
    public enum Reason { SAVE, AUTOSAVE, TAKEOVER, RESTORE, CORRECTION, CREATED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    private Long id;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(nullable = false)
    private int number;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Reason reason;

    @Column(nullable = false, length = Article.MAX_HEADLINE)
    private String headline;

    @Column(length = Article.MAX_SUMMARY)
    private String summary;

    @Column(length = Article.MAX_BODY)
    private String body;

    /** Comma-separated names of the fields that differ from the previous revision. */
    @Column(name = "changed_fields", length = 400)
    private String changedFields;

    protected Revision() {
    }

    public Revision(Long articleId, int number, Instant createdAt, String createdBy, Reason reason,
                    String headline, String summary, String body, String changedFields) {
        this.articleId = articleId;
        this.number = number;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.reason = reason;
        this.headline = headline;
        this.summary = summary;
        this.body = body;
        this.changedFields = changedFields;
    }

    public Long getId() {
        return id;
    }

    public Long getArticleId() {
        return articleId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Reason getReason() {
        return reason;
    }

    public String getHeadline() {
        return headline;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getChangedFields() {
        return changedFields;
    }
}
