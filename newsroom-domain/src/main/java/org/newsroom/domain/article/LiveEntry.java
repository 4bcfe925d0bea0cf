package org.newsroom.domain.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.refusal.Reason;

/** A timestamped update of a live coverage, shown newest first. */
@Entity
@Table(name = "live_entry")
public class LiveEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "live_entry_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @Column(length = 200)
    private String headline;

    @Column(nullable = false, length = 20_000)
    private String body;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "posted_by", nullable = false, length = 60)
    private String postedBy;

    protected LiveEntry() {
    }

    LiveEntry(Article article, String headline, String body, Instant postedAt, String postedBy) {
        this.article = article;
        this.headline = headline;
        this.body = body;
        this.postedAt = postedAt;
        this.postedBy = postedBy;
    }

    /** A correction of the entry; its time stays the time it was first posted. */
    public void edit(String newHeadline, String sanitizedBody) {
        if (sanitizedBody == null || sanitizedBody.isBlank()) {
            throw new DomainRuleViolation(Reason.LIVE_ENTRY_TEXT_MISSING);
        }
        this.headline = newHeadline == null || newHeadline.isBlank() ? null : newHeadline.strip();
        this.body = sanitizedBody;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public String getHeadline() {
        return headline;
    }

    public String getBody() {
        return body;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getPostedBy() {
        return postedBy;
    }
}
