package org.newsroom.editorial.breaking;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.newsroom.domain.article.Article;

/** The reader path of a story ({@code /en/news/politics/some-slug}), for items that link to one. */
@Dependent
public class ArticlePaths {

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    String of(Long articleId) {
        if (articleId == null) {
            return null;
        }
        Article article = em.find(Article.class, articleId);
        if (article == null || article.getSlug() == null) {
            return null;
        }
        return article.getEdition().storyPath(article.getSection().path(), article.getSlug());
    }
}
