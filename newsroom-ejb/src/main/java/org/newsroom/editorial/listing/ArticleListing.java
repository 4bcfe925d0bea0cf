package org.newsroom.editorial.listing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.staff.Role;

/**
 * Story lists for staff: a count and a page per filter, filtered and sorted by the
 * database (indexes in V1, V2 and V6), never in memory; region, tag and byline filters are
 * EXISTS semi-joins on the join tables. Sort keys are a fixed list, so
 * nothing a caller sends reaches the query text.
 */
@Stateless
public class ArticleListing {

    /** Sort keys a table may ask for, and the expression each stands for. */
    static final Map<String, String> SORTABLE = Map.of(
            "headline", "a.headline",
            "status", "a.status",
            "edition", "a.edition",
            "sectionName", "s.name",
            "createdBy", "a.createdBy",
            "desk", "a.desk",
            "createdAt", "a.createdAt",
            "updatedAt", "a.updatedAt",
            "publishAt", "a.publishAt",
            "publishedAt", "a.publishedAt");

    private static final String ROW = "select new org.newsroom.editorial.listing.ArticleRow(a.id, a.edition, a.status, "
            + "a.headline, s.name, a.createdBy, a.desk, a.createdAt, a.updatedAt, a.publishAt, a.publishedAt) "
            + "from Article a join a.section s";

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Inject
    Clock clock;

    @RolesAllowed(Role.WRITER_NAME)
    public long count(ArticleFilter filter) {
        Where where = Where.of(filter);
        TypedQuery<Long> query = em.createQuery("select count(a) from Article a join a.section s" + where.text, Long.class);
        where.parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Rows {@code first} to {@code first + max} in the given order (newest first when {@code sortBy} is unknown). */
    @RolesAllowed(Role.WRITER_NAME)
    public List<ArticleRow> page(ArticleFilter filter, int first, int max, String sortBy, boolean ascending) {
        Where where = Where.of(filter);
        String order = SORTABLE.getOrDefault(sortBy == null ? "" : sortBy, "a.createdAt");
        String direction = SORTABLE.containsKey(sortBy == null ? "" : sortBy) && ascending ? " asc" : " desc";
        // The id breaks ties, so paging never shows a row twice or skips one.
        TypedQuery<ArticleRow> query = em.createQuery(ROW + where.text + " order by " + order + direction + ", a.id" + direction,
                ArticleRow.class);
        where.parameters.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
    }

    /**
     * Up to {@code max} rows, newest first, that come after {@code after} in that order (from the top when it is
     * null): paging by key, so page 500 costs what page 1 does, and a story created meanwhile never shifts a page.
     * The order is the V20 index's ({@code created_at desc, id desc}), read in order and stopped at the limit.
     */
    @RolesAllowed(Role.WRITER_NAME)
    public List<ArticleRow> newestAfter(ArticleFilter filter, ArticleKey after, int max) {
        Where where = Where.of(filter);
        String text = where.text;
        if (after != null) {
            text += (text.isEmpty() ? " where " : " and ") + "(a.createdAt < :keyAt or (a.createdAt = :keyAt and a.id < :keyId))";
        }
        TypedQuery<ArticleRow> query = em.createQuery(ROW + text + " order by a.createdAt desc, a.id desc", ArticleRow.class);
        where.parameters.forEach(query::setParameter);
        if (after != null) {
            query.setParameter("keyAt", after.createdAt()).setParameter("keyId", after.id());
        }
        return query.setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
    }

    /** Stories scheduled to go up within {@code ahead} from now, soonest first. */
    @RolesAllowed(Role.WRITER_NAME)
    public List<ArticleRow> scheduledWithin(Duration ahead, int max) {
        Instant now = clock.instant();
        return em.createQuery(ROW + " where a.status = :s and a.publishAt >= :from and a.publishAt < :to order by a.publishAt, a.id",
                        ArticleRow.class)
                .setParameter("s", ArticleStatus.SCHEDULED).setParameter("from", now).setParameter("to", now.plus(ahead))
                .setMaxResults(max).getResultList();
    }

    /** The latest published stories of every edition. */
    @RolesAllowed(Role.WRITER_NAME)
    public List<ArticleRow> recentlyPublished(int max) {
        return em.createQuery(ROW + " where a.status = :s order by a.publishedAt desc, a.id desc", ArticleRow.class)
                .setParameter("s", ArticleStatus.PUBLISHED).setMaxResults(max).getResultList();
    }

    /** How many stories are in each state (all states present, zero included). */
    @RolesAllowed(Role.WRITER_NAME)
    public Map<ArticleStatus, Long> countsByStatus() {
        Map<ArticleStatus, Long> counts = new EnumMap<>(ArticleStatus.class);
        for (ArticleStatus status : ArticleStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("select a.status, count(a) from Article a group by a.status", Object[].class).getResultList()
                .forEach(row -> counts.put((ArticleStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Where readers find a published story ({@code /en/news/politics/some-slug}); empty for unknown stories. */
    @RolesAllowed(Role.WRITER_NAME)
    public java.util.Optional<String> readerPath(long articleId) {
        Article article = em.find(Article.class, articleId);
        if (article == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(article.getEdition().storyPath(article.getSection().path(), article.getSlug()));
    }

    /** The where clause of a filter and its parameters; built from fixed fragments only. */
    private record Where(String text, Map<String, Object> parameters) {

        static Where of(ArticleFilter filter) {
            StringBuilder text = new StringBuilder();
            Map<String, Object> parameters = new LinkedHashMap<>();
            if (filter == null) {
                return new Where("", parameters);
            }
            add(text, parameters, "a.edition = :edition", "edition", filter.edition());
            add(text, parameters, "s.id = :section", "section", filter.sectionId());
            Set<ArticleStatus> statuses = filter.statuses();
            if (statuses != null && !statuses.isEmpty()) {
                add(text, parameters, "a.status in :statuses", "statuses", statuses);
            }
            add(text, parameters, "a.createdBy = :createdBy", "createdBy", blankToNull(filter.createdBy()));
            add(text, parameters, "a.desk = :desk", "desk", blankToNull(filter.desk()));
            add(text, parameters, "a.createdAt >= :from", "from", filter.createdFrom());
            add(text, parameters, "a.createdAt < :to", "to", filter.createdTo());
            // Terms and bylines through the join tables' primary keys (article_id, term_id) and
            // their term_id indexes (V1): one semi-join per filter, no row multiplication.
            add(text, parameters, "exists (select 1 from a.regions r where r.id = :region)", "region", filter.regionId());
            add(text, parameters, "exists (select 1 from a.tags t where t.id = :tag)", "tag", filter.tagId());
            add(text, parameters, "exists (select 1 from a.authors w where w.id = :author)", "author", filter.authorId());
            String words = blankToNull(filter.text());
            if (words != null) {
                add(text, parameters, "lower(a.headline) like :text escape '!'", "text",
                        "%" + words.toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
            return new Where(text.toString(), parameters);
        }

        private static void add(StringBuilder text, Map<String, Object> parameters, String condition, String name, Object value) {
            if (value == null) {
                return;
            }
            text.append(text.isEmpty() ? " where " : " and ").append(condition);
            parameters.put(name, value);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
