package org.newsroom.editorial.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.staff.ApiToken;
import org.newsroom.domain.staff.Role;
import org.newsroom.domain.staff.StaffUser;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.audit.AuditTrail;
import org.newsroom.domain.refusal.Reason;

/**
 * Personal API tokens: made and revoked by their owner, or by an administrator for
 * anybody; a token signs its owner in to the staff API with the owner's current roles.
 * A token is 32 random bytes behind the prefix {@value #PREFIX}, so it is recognisable in
 * a leaked file; only its SHA-256 is stored (a slow hash would protect nothing more for
 * 256 random bits, and would cost what HTTP Basic costs). Making, revoking and using a
 * revoked or expired token are audited, the last at most once per token a minute
 * ({@link RefusedTokenAudit}); the last use is noted at most once a minute.
 */
@Stateless
public class ApiTokens {

    public static final String PREFIX = "nrt_";
    /** Longest time ahead an expiry may be set. */
    public static final Duration LONGEST_EXPIRY = Duration.ofDays(730);
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    private static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    RefusedTokenAudit refusedAudit;

    /** A token as its owner and administrators see it; never the secret or its hash. */
    public record TokenView(long id, String owner, String name, String prefix, String createdBy, Instant createdAt,
                            Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.getId(), t.getOwner().getUsername(), t.getName(), t.getPrefix(), t.getCreatedBy(),
                    t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt());
        }
    }

    /** A new token and its secret, shown this once. */
    public record NewToken(TokenView token, String secret) {
        @Override
        public String toString() {
            return "NewToken[" + token.id() + "]";
        }
    }

    /** Who a token signed in, with the roles the container checks. */
    public record SignedIn(String username, Set<String> groups) {
    }

    /** Makes a token for {@code owner} (null: the caller); only an administrator makes one for somebody else. */
    @RolesAllowed(Role.WRITER_NAME)
    public NewToken create(String owner, String name, Instant expiresAt) {
        StaffUser user = ownerFor(owner);
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 80) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.TOKEN_NAME, 80);
        }
        Instant now = clock.instant();
        if (expiresAt != null && (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(LONGEST_EXPIRY)))) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.TOKEN_EXPIRY, LONGEST_EXPIRY.toDays());
        }
        byte[] random = new byte[SECRET_BYTES];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken token = new ApiToken(user, label, sha256(secret), secret.substring(0, PREFIX.length() + 6),
                caller(), now, expiresAt);
        em.persist(token);
        em.flush();
        audit.record(caller(), AuditAction.TOKEN_CREATED, null, describe(token));
        return new NewToken(TokenView.of(token), secret);
    }

    /** The tokens of {@code owner} (null: the caller), newest first, revoked ones included. */
    @RolesAllowed(Role.WRITER_NAME)
    public List<TokenView> of(String owner) {
        StaffUser user = ownerFor(owner);
        return em.createQuery("select t from ApiToken t where t.owner = :owner order by t.createdAt desc, t.id desc", ApiToken.class)
                .setParameter("owner", user).getResultStream().map(TokenView::of).toList();
    }

    /** Revokes a token of the caller's, or anybody's for an administrator; revoking twice changes nothing. */
    @RolesAllowed(Role.WRITER_NAME)
    public TokenView revoke(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !mayManage(token.getOwner().getUsername())) {
            throw new ActionRefused(ActionRefused.Why.NOT_FOUND, Reason.NO_TOKEN_OF_YOURS, id);
        }
        if (token.getRevokedAt() == null) {
            token.revoke(clock.instant());
            audit.record(caller(), AuditAction.TOKEN_REVOKED, null, describe(token));
        }
        return TokenView.of(token);
    }

    /** Signs the token's owner in, or refuses (null): unknown, revoked, expired, or its owner disabled. */
    @PermitAll
    public SignedIn signIn(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return null;
        }
        ApiToken token = em.createQuery("select t from ApiToken t where t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", sha256(secret)).getResultStream().findFirst().orElse(null);
        if (token == null) {
            return null;
        }
        Instant now = clock.instant();
        String refusal = token.refusal(now);
        if (refusal != null) {
            if (refusedAudit.firstInWindow(token.getId())) {
                audit.record(token.getOwner().getUsername(), AuditAction.TOKEN_REFUSED, null, describe(token) + " " + refusal);
            }
            return null;
        }
        if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minus(LAST_USE_PRECISION))) {
            // a plain update: concurrent calls with one token must not fail each other over a timestamp
            em.createQuery("update ApiToken t set t.lastUsedAt = :now where t.id = :id")
                    .setParameter("now", now).setParameter("id", token.getId()).executeUpdate();
        }
        StaffUser owner = token.getOwner();
        return new SignedIn(owner.getUsername(), StaffSignIn.withIncludedRoles(owner.getRoles()));
    }

    private StaffUser ownerFor(String owner) {
        String name = owner == null || owner.isBlank() ? caller() : owner.strip();
        if (!mayManage(name)) {
            throw new ActionRefused(ActionRefused.Why.NOT_ALLOWED, Reason.TOKENS_OF_OTHERS);
        }
        return em.createQuery("select u from StaffUser u where u.username = :n", StaffUser.class).setParameter("n", name)
                .getResultStream().findFirst()
                .orElseThrow(() -> new ActionRefused(ActionRefused.Why.NOT_FOUND, Reason.NO_USER, name));
    }

    private boolean mayManage(String owner) {
        return owner.equals(caller()) || session.isCallerInRole(Role.ADMIN_NAME);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String describe(ApiToken token) {
        return "token " + token.getId() + " \"" + token.getName() + "\" (" + token.getPrefix() + "…) of " + token.getOwner().getUsername();
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
