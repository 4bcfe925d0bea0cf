package org.newsroom.editorial;

import static org.newsroom.editorial.ActionRefused.Why.NOT_FOUND;
import static org.newsroom.editorial.ActionRefused.Why.RULE;
import static org.newsroom.editorial.ActionRefused.Why.STALE;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import java.util.Optional;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.audit.AuditEntry;
import org.newsroom.domain.refusal.Reason;
import org.newsroom.domain.audit.AuditAction;
import java.time.Instant;
import java.util.Arrays;

/**
 * The one way a service takes a story to change it. The story's row is locked for the rest
 * of the caller's transaction ({@code select … for update}) before anything is compared or
 * written, so concurrent writers of one story queue here one after another: each sees what
 * the one before committed, and a writer that quoted an older version is refused as stale
 * before it writes a thing. Without the lock two saves of the same version could both pass
 * the check and then collide on the revision numbers (a database error, not a refusal).
 * Joins the caller's transaction; the services that use it state the roles.
 */
@Dependent
public class ArticleForWrite {

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    /** The story, locked, at the version the caller edited; refused as stale when someone changed it since. */
    public Article at(long id, long expectedVersion) {
        Article article = locked(id);
        if (article.getVersion() != expectedVersion) {
            throw staleSince(id, expectedVersion, article.getVersion());
        }
        return article;
    }

    /**
     * The story, locked, whatever its version: for writers that quote none (the scheduler,
     * autosave, a lease take-over) but still add revisions or change the row.
     */
    public Article locked(long id) {
        try {
            // The lock in plain SQL, before the story is read: Hibernate's own lock of a loaded story may
            // come after the read ("follow-on locking", as on PostgreSQL) and then fail on the version it
            // read, which a concurrent commit has just changed: an error instead of a refusal.
            if (em.createNativeQuery("select id from article where id = :id for update").setParameter("id", id)
                    .getResultList().isEmpty()) {
                throw new ActionRefused(NOT_FOUND, Reason.NO_STORY, id);
            }
        } catch (LockTimeoutException | PessimisticLockException busy) {
            throw new ActionRefused(RULE, Reason.STORY_BUSY);
        }
        Article article = em.find(Article.class, id);
        // Read again under the lock: a copy this transaction read before may predate a concurrent commit.
        em.refresh(article);
        return article;
    }

    /** The stale refusal naming who changed the story last, how and when, and both versions. */
    public static ActionRefused stale(String changedBy, AuditAction how, Instant when, long expectedVersion, long currentVersion) {
        return new ActionRefused(STALE, Reason.STORY_STALE, changedBy, how, when, expectedVersion, currentVersion);
    }

    /** The stale refusal when nobody is known to have changed the story: a write lost a race at its commit. */
    public static ActionRefused staleBySomeone() {
        return new ActionRefused(STALE, Reason.STORY_STALE_BY_SOMEONE);
    }

    /**
     * The stale refusal, when a write failed at its commit because a concurrent one changed
     * the row first (the lock above makes that rare: only a write that took no lock can lose
     * this way). For the boundaries (staff API, console), which then answer as for any stale
     * write instead of with an error.
     */
    public static Optional<ActionRefused> staleAtCommit(Throwable failure) {
        return lostRace(failure, 0) ? Optional.of(staleBySomeone()) : Optional.empty();
    }

    /** An optimistic lock failure among the causes (the transaction manager may also attach it as suppressed). */
    private static boolean lostRace(Throwable failure, int depth) {
        if (failure == null || depth > 20) {
            return false;
        }
        if (failure instanceof OptimisticLockException) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (lostRace(suppressed, depth + 1)) {
                return true;
            }
        }
        return failure.getCause() != failure && lostRace(failure.getCause(), depth + 1);
    }

    /** The stale refusal naming who changed the story last and how, from its audit trail, when it says. */
    private ActionRefused staleSince(long id, long expectedVersion, long currentVersion) {
        return em.createQuery("select e from AuditEntry e where e.articleId = :id order by e.occurredAt desc, e.id desc",
                        AuditEntry.class).setParameter("id", id).setMaxResults(1).getResultStream().findFirst()
                .flatMap(e -> Arrays.stream(AuditAction.values()).filter(a -> a.name().equals(e.getAction())).findFirst()
                        .map(how -> stale(e.getActor(), how, e.getOccurredAt(), expectedVersion, currentVersion)))
                .orElseGet(() -> new ActionRefused(STALE, Reason.STORY_STALE_VERSIONS, expectedVersion, currentVersion));
    }
}
