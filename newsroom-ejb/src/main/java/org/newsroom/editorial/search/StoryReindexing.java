package org.newsroom.editorial.search;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.editorial.change.ContentChanged;

/**
 * One story written again into this node's index, from the database. Local view only
 * (its caller is {@link ClusterIndexFollower}); it changes nothing a reader could not
 * already see in the database, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class StoryReindexing {

    private static final Logger LOG = Logger.getLogger(StoryReindexing.class.getName());

    /** The publishing transaction and its message are one XA transaction, but two resources: give the row a moment. */
    private static final int ATTEMPTS = 5;
    private static final long PAUSE_MILLIS = 200;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void reindex(long articleId, String change) {
        Article article = em.find(Article.class, articleId);
        for (int attempt = 1; article != null && !agrees(article, change) && attempt < ATTEMPTS; attempt++) {
            pause();
            em.refresh(article);
        }
        SearchIndexingPlan plan = Search.session(em).indexingPlan();
        if (article == null) {
            plan.purge(Article.class, articleId, null);
        } else {
            plan.addOrUpdate(article);
        }
        LOG.fine(() -> "Newsroom: re-indexed story " + articleId + " after " + change);
    }

    private static boolean agrees(Article article, String change) {
        return switch (change == null ? "" : change) {
            case ContentChanged.PUBLISHED -> article.getStatus() == ArticleStatus.PUBLISHED;
            case ContentChanged.UNPUBLISHED -> article.getStatus() != ArticleStatus.PUBLISHED;
            default -> true;
        };
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
