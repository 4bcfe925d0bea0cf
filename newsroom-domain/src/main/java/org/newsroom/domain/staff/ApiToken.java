package org.newsroom.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A personal API token: it signs its owner in to the staff API with the owner's roles.
 * Only the SHA-256 of the secret is kept; the first characters ({@code prefix}) let
 * people tell their tokens apart. A token may expire and may be revoked, never revived.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "staff_user_id", nullable = false)
    private StaffUser owner;

    @NotBlank
    @Size(max = 80)
    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 16)
    private String prefix;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(StaffUser owner, String name, String tokenHash, String prefix, String createdBy,
                    Instant createdAt, Instant expiresAt) {
        this.owner = owner;
        this.name = name;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Why this token may not sign anybody in at {@code now}, or null when it may. */
    public String refusal(Instant now) {
        if (revokedAt != null) {
            return "revoked";
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            return "expired";
        }
        if (!owner.isEnabled()) {
            return "account disabled";
        }
        return null;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public StaffUser getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
