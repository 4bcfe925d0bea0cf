package org.newsroom.editorial.taxonomy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.staff.Role;
import org.newsroom.domain.taxonomy.Coverage;
import org.newsroom.editorial.audit.AuditTrail;
import org.newsroom.editorial.change.ContentChanged;
import org.newsroom.editorial.publishing.ContentChangedChannel;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.domain.refusal.Reason;

/**
 * Hand ordering of a coverage: chief editors pin a few of its stories to the top of its
 * reader page, in the order they choose; the rest follow newest first. Each change is
 * audited and drops the coverage page from the reader site's cache, as the rest of the
 * coverage curation in {@link TaxonomyDesk} does. Taking a story out of the coverage
 * unpins it (the domain does that, whichever screen takes it out).
 */
@Stateless
public class CoveragePins {

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    @EJB
    ContentChangedChannel contentChanged;

    /** The ids of the coverage's pinned stories, first on top, published or not. */
    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public List<Long> pinned(long coverageId) {
        return ids(coverage(coverageId, LockModeType.NONE));
    }

    /** Pins a story of the coverage below those already pinned; returns the pinned ids. */
    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public List<Long> pin(long coverageId, long articleId) {
        Coverage coverage = coverage(coverageId, LockModeType.PESSIMISTIC_WRITE);
        Article story = requireStory(articleId);
        int place = rule(() -> coverage.pin(story));
        changed(coverage, articleId, "pinned story " + articleId + " at place " + place);
        return ids(coverage);
    }

    /** Unpins a story; it goes back among the others, newest first. Returns the pinned ids. */
    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public List<Long> unpin(long coverageId, long articleId) {
        Coverage coverage = coverage(coverageId, LockModeType.PESSIMISTIC_WRITE);
        Article story = requireStory(articleId);
        if (!coverage.unpin(story)) {
            throw new ActionRefused(ActionRefused.Why.RULE, Reason.PIN_NOT_PINNED_IN, story.getHeadline(), coverage.getName());
        }
        changed(coverage, articleId, "unpinned story " + articleId);
        return ids(coverage);
    }

    /** Moves a pinned story one place up ({@code -1}) or down ({@code +1}); returns the pinned ids. */
    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public List<Long> move(long coverageId, long articleId, int direction) {
        Coverage coverage = coverage(coverageId, LockModeType.PESSIMISTIC_WRITE);
        Article story = requireStory(articleId);
        int place = rule(() -> coverage.movePin(story, direction));
        changed(coverage, articleId, "moved pinned story " + articleId + " " + (direction < 0 ? "up" : "down")
                + " to place " + place);
        return ids(coverage);
    }

    /** Audited, and the coverage page announced the way a new coverage is: by its slug, no story named. */
    private void changed(Coverage coverage, long articleId, String what) {
        em.flush();
        audit.record(session.getCallerPrincipal().getName(), AuditAction.TAXONOMY_CHANGED, articleId,
                "coverage " + coverage.getEdition().code() + "/" + coverage.getSlug() + " " + what);
        contentChanged.send(new ContentChanged(ContentChanged.TAXONOMY, 0, coverage.getEdition().code(), null, List.of(),
                List.of(coverage.getSlug()), List.of()));
    }

    private static int rule(java.util.function.IntSupplier change) {
        try {
            return change.getAsInt();
        } catch (DomainRuleViolation e) {
            throw new ActionRefused(ActionRefused.Why.RULE, e.refusal());
        }
    }

    private static List<Long> ids(Coverage coverage) {
        return coverage.pinnedStories().stream().map(Article::getId).toList();
    }

    /**
     * The coverage; changes lock it for their transaction: pins are numbered 1..n, and two chief
     * editors pinning at the same moment must take turns, not both take the same place.
     */
    private Coverage coverage(long id, LockModeType lock) {
        Coverage coverage = em.find(Coverage.class, id, lock);
        if (coverage == null) {
            throw new ActionRefused(ActionRefused.Why.NOT_FOUND, Reason.NO_COVERAGE, id);
        }
        return coverage;
    }

    private Article requireStory(long id) {
        Article story = em.find(Article.class, id);
        if (story == null) {
            throw new ActionRefused(ActionRefused.Why.NOT_FOUND, Reason.NO_STORY, id);
        }
        return story;
    }
}
