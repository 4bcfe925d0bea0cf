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
            throw stale(lastChangeOf(id), expectedVersion, article.getVersion());
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
                throw new ActionRefused(NOT_FOUND, "There is no story " + id);
            }
        } catch (LockTimeoutException | PessimisticLockException busy) {
            throw new ActionRefused(RULE, "Somebody else is changing this story at this very moment; try again in a moment.");
        }
        Article article = em.find(Article.class, id);
        // Read again under the lock: a copy this transaction read before may predate a concurrent commit.
        em.refresh(article);
        return article;
    }

    /**
     * The one sentence for a stale write. {@code changedBy} names who changed the story last,
     * when known; the versions are given when known.
     */
    public static ActionRefused stale(String changedBy, Long expectedVersion, Long currentVersion) {
        String versions = expectedVersion == null || currentVersion == null ? ""
                : " (your version " + expectedVersion + ", now " + currentVersion + ")";
        return new ActionRefused(STALE, "This story was changed by " + changedBy + " after you opened it" + versions
                + ". Your changes were not saved; reload it and apply them again.");
    }

    /**
     * The stale refusal, when a write failed at its commit because a concurrent one changed
     * the row first (the lock above makes that rare: only a write that took no lock can lose
     * this way). For the boundaries (staff API, console), which then answer as for any stale
     * write instead of with an error.
     */
    public static Optional<ActionRefused> staleAtCommit(Throwable failure) {
        return lostRace(failure, 0) ? Optional.of(stale("someone else", null, null)) : Optional.empty();
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

    /** Who changed the story last and how, from its audit trail, for the stale sentence. */
    private String lastChangeOf(long id) {
        return em.createQuery("select e from AuditEntry e where e.articleId = :id order by e.occurredAt desc, e.id desc",
                        AuditEntry.class).setParameter("id", id).setMaxResults(1).getResultStream().findFirst()
                .map(e -> e.getActor() + " (" + e.getAction().toLowerCase().replace('_', ' ') + " at " + e.getOccurredAt() + ")")
                .orElse("someone else");
    }
}
