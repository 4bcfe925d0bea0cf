package org.newsroom.editorial.breaking;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
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
import org.newsroom.domain.article.LiveEntry;
import org.newsroom.domain.breaking.BreakingItem;
import org.newsroom.domain.staff.Role;

/**
 * Timestamped entries of a live article, announced on the breaking topic so readers of
 * that article see them at once; an entry can become a ticker item in one call.
 */
@Stateless
public class LiveCoverage {

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BreakingNewsChannel channel;

    @EJB
    BreakingNews breakingNews;

    @Resource
    SessionContext session;

    /** {@code body} must already be sanitized HTML or plain text; readers' pages insert it as text. */
    @RolesAllowed({Role.EDITOR_NAME, Role.CHIEF_EDITOR_NAME, Role.ADMIN_NAME})
    public LiveEntryView addEntry(long articleId, String headline, String body) {
        Article article = em.find(Article.class, articleId);
        if (article == null) {
            throw new DomainRuleViolation("There is no article " + articleId);
        }
        if (body == null || body.isBlank()) {
            throw new DomainRuleViolation("A live entry needs a text");
        }
        LiveEntry entry = article.addLiveEntry(headline, body, clock.instant(), session.getCallerPrincipal().getName());
        em.persist(entry);
        em.flush(); // the entry's id goes into the message
        channel.announceLiveEntry(article.getEdition(), articleId, entry.getId());
        return LiveEntryView.of(entry);
    }

    /** Posts an entry's headline (or the start of its text) to its edition's ticker, linking the live article. */
    @RolesAllowed({Role.EDITOR_NAME, Role.CHIEF_EDITOR_NAME, Role.ADMIN_NAME})
    public BreakingView promoteToTicker(long entryId, Instant expiresAt) {
        LiveEntry entry = em.find(LiveEntry.class, entryId);
        if (entry == null) {
            throw new DomainRuleViolation("There is no live entry " + entryId);
        }
        String line = entry.getHeadline() != null && !entry.getHeadline().isBlank()
                ? entry.getHeadline()
                : firstLine(entry.getBody());
        Article article = entry.getArticle();
        return breakingNews.post(article.getEdition(), line, article.getId(), expiresAt);
    }

    @PermitAll
    public Optional<LiveEntryView> find(long entryId) {
        return Optional.ofNullable(em.find(LiveEntry.class, entryId)).map(LiveEntryView::of);
    }

    /** Tags stripped, one line, cut at the ticker's length. */
    private static String firstLine(String body) {
        String plain = body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        return plain.length() <= BreakingItem.MAX_TEXT ? plain : plain.substring(0, BreakingItem.MAX_TEXT - 1) + "…";
    }
}
