package org.newsroom.editorial.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link StoryFilter} as one query on the reader shelf. The filter's most selective list drives
 * it — a term's list when it names a tag, region, coverage or author of one edition, else the
 * section's, else the edition's (with the kind), else every story — read in index order (the ORDER
 * BY repeats the index's equality columns, so H2 stops at the limit as PostgreSQL does); the other
 * conditions filter that range. The total of a whole edition is kept on the shelf; any narrower
 * filter's matches are counted on the narrow rows (only the API's pages ask for it; feeds do not).
 */
final class ShelfQuery {

    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private String order = "r.published_at desc, r.id desc";
    /** Only the edition filters: its size is kept on the shelf. */
    private boolean wholeEdition;

    private ShelfQuery(String from) {
        this.from = from;
    }

    static ShelfQuery of(StoryFilter f) {
        String edition = f.edition() == null ? null : f.edition().name();
        String[][] terms = {{ListKeys.TAG, "tag", f.tag()}, {ListKeys.REGION, "region", f.region()},
                {ListKeys.COVERAGE, "coverage", f.coverage()}, {ListKeys.AUTHOR, "author", f.author()}};
        ShelfQuery query = null;
        for (String[] term : terms) {
            if (term[2] == null) {
                continue;
            }
            if (query == null && edition != null) {
                // Drive from the term's own list: its id first (a small unique-index lookup).
                query = new ShelfQuery("from reader_story_term d join reader_story r on r.id = d.story_id ");
                query.conditions.add("d.term_kind = '" + term[0] + "' and d.edition = :edition and d.term_id = "
                        + "(select x.id from " + term[1] + " x where x.slug = :" + term[1]
                        + (term[0].equals(ListKeys.AUTHOR) ? "" : " and x.edition = :edition") + ")");
                query.order = "d.term_kind, d.term_id, d.edition, d.published_at desc, d.story_id desc";
            } else {
                if (query == null) {
                    query = new ShelfQuery("from reader_story r ");
                }
                query.conditions.add("exists (select 1 from reader_story_term t join " + term[1] + " x on x.id = t.term_id "
                        + "where t.story_id = r.id and t.term_kind = '" + term[0] + "' and x.slug = :" + term[1] + ")");
            }
            query.parameters.put(term[1], term[2]);
        }
        if (query == null) {
            query = new ShelfQuery("from reader_story r ");
            if (f.section() == null && edition != null) {
                query.order = f.kind() == null ? "r.edition, " + query.order : "r.edition, r.kind, " + query.order;
                query.wholeEdition = f.kind() == null && f.publishedAfter() == null;
            }
        }
        if (edition != null) {
            query.conditions.add("r.edition = :edition");
            query.parameters.put("edition", edition);
        }
        if (f.section() != null) {
            // The section itself, or a top-level section together with its subsections.
            query.conditions.add("(r.section_id in (select s.id from section s where s.slug = :section"
                    + (edition == null ? "" : " and s.edition = :edition") + ") or r.top_section_id in "
                    + "(select s.id from section s where s.slug = :section and s.parent_id is null"
                    + (edition == null ? "" : " and s.edition = :edition") + "))");
            query.parameters.put("section", f.section());
        }
        if (f.kind() != null) {
            query.conditions.add("r.kind = :kind");
            query.parameters.put("kind", f.kind().name());
        }
        if (f.publishedAfter() != null) {
            query.conditions.add("r.published_at >= :after");
            query.parameters.put("after", f.publishedAfter());
        }
        return query;
    }

    /**
     * A page of the stories, with the {@code columns} of {@link StoryRows} ({@code r} the shelf's row): the
     * story's own columns the shelf lacks joined by key after the range ({@code article a}, the lead
     * picture {@code media_asset m}); left joins, so the range still drives the plan and stops at the limit.
     */
    @SuppressWarnings("unchecked")
    List<Object[]> rows(EntityManager em, String columns, int first, int max) {
        Query query = em.createNativeQuery(columns + from + "left join article a on a.id = r.id "
                + "left join media_asset m on m.id = r.lead_media_id " + where() + " order by " + order);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** How many stories match: the kept size of the one list, or a count of the matches. */
    long total(EntityManager em) {
        if (wholeEdition) {
            return size(em, "edition:" + parameters.get("edition"));
        }
        Query count = em.createNativeQuery("select count(*) " + from + where());
        parameters.forEach(count::setParameter);
        return ((Number) count.getSingleResult()).longValue();
    }

    private static long size(EntityManager em, String key) {
        List<?> size = em.createNativeQuery("select stories from reader_list_size where list_key = :key").setParameter("key", key).getResultList();
        return size.isEmpty() ? 0 : ((Number) size.get(0)).longValue();
    }

    private String where() {
        return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
    }
}
