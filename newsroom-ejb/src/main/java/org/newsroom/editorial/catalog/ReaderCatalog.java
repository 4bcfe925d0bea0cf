package org.newsroom.editorial.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.edition.Edition;

/** Published content for the reader site and the public API. Anonymous by design. */
@Stateless
@PermitAll
public class ReaderCatalog {

    public static final int MAX_PAGE_SIZE = 100;

    /** One query: teasers with their section and lead image columns, never the entities. */
    static final String TEASER_SELECT = "select new org.newsroom.editorial.catalog.ArticleTeaser("
            + "a.id, a.edition, a.kind, a.headline, a.slug, a.summary, s.slug, p.slug, s.name, a.publishedAt, "
            + "m.id, m.altText) from Article a join a.section s left join s.parent p left join a.leadMedia m ";

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    /** The newest published stories of an edition, newest first; {@code page} counts from 0. */
    public List<ArticleTeaser> latest(Edition edition, int page, int size) {
        return em.createQuery(TEASER_SELECT
                        + "where a.edition = :edition and a.status = :published order by a.publishedAt desc, a.id desc",
                        ArticleTeaser.class)
                .setParameter("edition", edition)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setFirstResult(Math.max(0, page) * clamp(size))
                .setMaxResults(clamp(size))
                .getResultList();
    }

    public long countPublished(Edition edition) {
        return em.createQuery("select count(a) from Article a where a.edition = :edition and a.status = :published", Long.class)
                .setParameter("edition", edition)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getSingleResult();
    }

    static int clamp(int size) {
        return Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
    }
}
