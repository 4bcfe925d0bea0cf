package org.newsroom.it.discovery;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleStatus;

/** The demo content's stories that readers must not see: drafts and stories in review. */
final class HiddenStories {

    private HiddenStories() {
    }

    static List<Article> of(EntityManager em) {
        List<Article> hidden = em.createQuery("select a from Article a join fetch a.section where a.status in :states "
                        + "order by a.id", Article.class)
                .setParameter("states", List.of(ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW))
                .getResultList();
        if (hidden.stream().noneMatch(a -> a.getStatus() == ArticleStatus.DRAFT)
                || hidden.stream().noneMatch(a -> a.getStatus() == ArticleStatus.IN_REVIEW)) {
            throw new AssertionError("the demo content should hold drafts and stories in review, found " + hidden.size());
        }
        return hidden;
    }
}
