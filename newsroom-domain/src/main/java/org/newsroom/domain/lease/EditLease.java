package org.newsroom.domain.lease;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.refusal.Reason;

/** One person's claim to edit one story, until {@link #getExpiresAt()} unless renewed. */
@Entity
@Table(name = "edit_lease")
public class EditLease {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "edit_lease_seq")
    private Long id;

    /** Two editors taking over at once: one wins, the other's flush fails. */
    @Version
    private long version;

    @Column(name = "article_id", nullable = false, unique = true)
    private Long articleId;

    @Column(nullable = false, length = 60)
    private String holder;

    @Column(name = "acquired_at", nullable = false)
    private Instant acquiredAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "draft_headline", length = Article.MAX_HEADLINE)
    private String draftHeadline;

    @Column(name = "draft_summary", length = Article.MAX_SUMMARY)
    private String draftSummary;

    @Column(name = "draft_body", length = Article.MAX_BODY)
    private String draftBody;

    protected EditLease() {
    }

    public EditLease(Long articleId, String holder, Instant now, Duration term) {
        this.articleId = articleId;
        grant(holder, now, term);
    }

    private void grant(String newHolder, Instant now, Duration term) {
        this.holder = newHolder;
        this.acquiredAt = now;
        this.expiresAt = now.plus(term);
        this.draftHeadline = null;
        this.draftSummary = null;
        this.draftBody = null;
    }

    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean isHeldBy(String user, Instant now) {
        return holder.equals(user) && !isExpired(now);
    }

    /** Takes a free (expired or own) lease; refused while somebody else holds it. */
    public void acquire(String user, Instant now, Duration term) {
        if (!isExpired(now) && !holder.equals(user)) {
            throw new DomainRuleViolation(Reason.LEASE_HELD_TAKE_OVER, holder, acquiredAt);
        }
        if (!holder.equals(user) || isExpired(now)) {
            grant(user, now, term);
        } else {
            this.expiresAt = now.plus(term);
        }
    }

    /** The holder is still there; the unsaved text travels with the heartbeat. */
    public void renew(String user, Instant now, Duration term, String headline, String summary, String body) {
        if (!isHeldBy(user, now)) {
            throw new DomainRuleViolation(Reason.LEASE_LOST, holder);
        }
        this.expiresAt = now.plus(term);
        this.draftHeadline = headline;
        this.draftSummary = summary;
        this.draftBody = body;
    }

    /** Hands the lease to another person, whoever holds it now. */
    public void takeOver(String user, Instant now, Duration term) {
        grant(user, now, term);
    }

    public boolean hasUnsavedDraft() {
        return draftHeadline != null || draftSummary != null || draftBody != null;
    }

    public Long getId() {
        return id;
    }

    public Long getArticleId() {
        return articleId;
    }

    public String getHolder() {
        return holder;
    }

    public Instant getAcquiredAt() {
        return acquiredAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getDraftHeadline() {
        return draftHeadline;
    }

    public String getDraftSummary() {
        return draftSummary;
    }

    public String getDraftBody() {
        return draftBody;
    }
}
