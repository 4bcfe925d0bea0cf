package org.newsroom.editorial.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * How often a revoked or expired token's use is written to the audit trail: once per token per
 * {@link #WINDOW}. A client that keeps calling with a dead token is refused every time (401), but
 * a trail with a row per call would grow with the attacker's request rate and bury everything
 * else; one entry a minute still says which token, whose, and that it is being used. The memory
 * is Caffeine's, bounded in size, and of this server only: on two nodes the bound is one entry
 * per token per minute per node.
 */
@ApplicationScoped
public class RefusedTokenAudit {

    /** At most one TOKEN_REFUSED entry per token in this time. */
    public static final Duration WINDOW = Duration.ofMinutes(1);
    /** Tokens remembered at once; beyond that the oldest are forgotten (and may be audited again early). */
    private static final long MAX_TOKENS = 10_000;

    private final Cache<Long, Boolean> recorded = Caffeine.newBuilder().expireAfterWrite(WINDOW).maximumSize(MAX_TOKENS).build();

    /** True for the first refusal of this token in the window (audit it), false for the rest (don't). */
    public boolean firstInWindow(long tokenId) {
        return recorded.asMap().putIfAbsent(tokenId, Boolean.TRUE) == null;
    }
}
