package org.newsroom.editorial.breaking;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.breaking.BreakingItem;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.staff.Role;
import org.newsroom.domain.refusal.Reason;

/**
 * The only way to post, edit or retract a breaking item. Each change is stored and
 * announced on the breaking topic in one transaction: a rollback stores and sends nothing.
 */
@Stateless
public class BreakingNews {

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BreakingNewsChannel channel;

    @Inject
    ArticlePaths paths;

    @Resource
    SessionContext session;

    @RolesAllowed({Role.EDITOR_NAME, Role.CHIEF_EDITOR_NAME, Role.ADMIN_NAME})
    public BreakingView post(Edition edition, String text, Long articleId, Instant expiresAt) {
        return store(new BreakingItem(edition, text, requireArticle(edition, articleId), clock.instant(), caller(),
                expiresAt));
    }

    /**
     * Posts on behalf of a message; a second call with the same {@code sourceMessageId}
     * (a redelivery) returns the item the first one posted and announces nothing.
     */
    @RolesAllowed({Role.EDITOR_NAME, Role.CHIEF_EDITOR_NAME, Role.ADMIN_NAME})
    public BreakingView postFromMessage(Edition edition, String text, Long articleId, Instant expiresAt,
            String sourceMessageId, String postedBy) {
        Optional<BreakingItem> earlier = em.createQuery(
                        "select b from BreakingItem b where b.sourceMessageId = :source", BreakingItem.class)
                .setParameter("source", sourceMessageId)
                .getResultStream().findFirst();
        if (earlier.isPresent()) {
            return BreakingView.of(earlier.get(), paths.of(earlier.get().getArticleId()));
        }
        return store(new BreakingItem(edition, text, requireArticle(edition, articleId), clock.instant(), postedBy,
                expiresAt, sourceMessageId));
    }

    @RolesAllowed({Role.EDITOR_NAME, Role.CHIEF_EDITOR_NAME, Role.ADMIN_NAME})
    public BreakingView edit(long itemId, String newText, Instant newExpiry) {
        BreakingItem item = require(itemId);
        item.edit(newText, newExpiry);
        channel.announce(BreakingEvent.EDITED, item.getEdition(), itemId);
        return BreakingView.of(item, paths.of(item.getArticleId()));
    }

    @RolesAllowed({Role.EDITOR_NAME, Role.CHIEF_EDITOR_NAME, Role.ADMIN_NAME})
    public void retract(long itemId) {
        BreakingItem item = require(itemId);
        if (item.getRetractedAt() == null) {
            item.retract(clock.instant());
            channel.announce(BreakingEvent.RETRACTED, item.getEdition(), itemId);
        }
    }

    /** One item as readers would see it, retracted or not; readers' consumers look items up here. */
    @PermitAll
    public Optional<BreakingView> find(long itemId) {
        return Optional.ofNullable(em.find(BreakingItem.class, itemId))
                .map(item -> BreakingView.of(item, paths.of(item.getArticleId())));
    }

    private BreakingView store(BreakingItem item) {
        em.persist(item);
        em.flush(); // the id is needed for the message; a constraint violation should surface here, not at commit
        channel.announce(BreakingEvent.POSTED, item.getEdition(), item.getId());
        return BreakingView.of(item, paths.of(item.getArticleId()));
    }

    private BreakingItem require(long itemId) {
        BreakingItem item = em.find(BreakingItem.class, itemId);
        if (item == null) {
            throw new DomainRuleViolation(Reason.NO_BREAKING_ITEM, itemId);
        }
        return item;
    }

    private Long requireArticle(Edition edition, Long articleId) {
        if (articleId == null) {
            return null;
        }
        Article article = em.find(Article.class, articleId);
        if (article == null) {
            throw new DomainRuleViolation(Reason.NO_ARTICLE, articleId);
        }
        if (article.getEdition() != edition) {
            throw new DomainRuleViolation(Reason.ARTICLE_OF_ANOTHER_EDITION, articleId, article.getEdition().code(), edition.code());
        }
        return articleId;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
