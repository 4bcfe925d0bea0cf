package org.newsroom.domain.preview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A capability to see one story before it is published: whoever has the token may look
 * until it expires. Issued only to signed-in staff; the token is 256 random bits, so it
 * cannot be guessed, and it is short-lived so a copied link stops working soon.
 */
@Entity
@Table(name = "preview_pass")
public class PreviewPass {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(length = 64)
    private String token;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "issued_to", nullable = false, length = 60)
    private String issuedTo;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected PreviewPass() {
    }

    public PreviewPass(long articleId, String issuedTo, Instant now, Duration term) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.articleId = articleId;
        this.issuedTo = issuedTo;
        this.expiresAt = now.plus(term);
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    /** Tokens are URL-safe base64 of 32 bytes: anything else is not worth a database lookup. */
    public static boolean looksLikeToken(String candidate) {
        return candidate != null && candidate.matches("[A-Za-z0-9_-]{43}");
    }

    public String getToken() {
        return token;
    }

    public Long getArticleId() {
        return articleId;
    }

    public String getIssuedTo() {
        return issuedTo;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
