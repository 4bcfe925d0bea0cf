package org.newsroom.editorial.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the reader shelf ({@code reader_story}, {@code reader_story_term}, {@code reader_list_size},
 * schema V16): one narrow row per published story, its terms, and the size of every list. It runs
 * inside the caller's transaction — the editorial change and the shelf commit together or not at
 * all, so readers can never see a shelf that disagrees with the stories. Local view only: its
 * callers (the content-change channel, the demo writer) check roles themselves.
 *
 * <p>A story is restocked whole: its rows are deleted and written again from the editorial tables
 * with the same {@code insert … select} the V16 migration used to fill the shelf, so the shelf's
 * shape is stated in SQL in one place per table.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReaderShelf {

    private static final int CHUNK = 500;

    private static final String STORY_ROWS = "insert into reader_story (id, edition, section_id, top_section_id, kind, "
            + "headline, slug, summary, lead_media_id, translation_group, published_at, updated_at) "
            + "select a.id, a.edition, a.section_id, coalesce(s.parent_id, s.id), a.kind, a.headline, a.slug, a.summary, "
            + "a.lead_media_id, a.translation_group, a.published_at, a.updated_at "
            + "from article a join section s on s.id = a.section_id where a.status = 'PUBLISHED' and a.id in (:ids)";

    /** A link table of the story's terms, and the letter those terms carry on the shelf ({@link ListKeys}). */
    private record TermLink(String kind, String table, String column) {
        String insert() {
            return "insert into reader_story_term (story_id, term_kind, term_id, edition, published_at) "
                    + "select distinct r.id, '" + kind + "', x." + column + ", r.edition, r.published_at from " + table
                    + " x join reader_story r on r.id = x.article_id where r.id in (:ids)";
        }
    }

    private static final List<TermLink> TERM_LINKS = List.of(
            new TermLink(ListKeys.REGION, "article_region", "region_id"),
            new TermLink(ListKeys.TAG, "article_tag", "tag_id"),
            new TermLink(ListKeys.COVERAGE, "article_coverage", "coverage_id"),
            new TermLink(ListKeys.AUTHOR, "article_author", "author_id"));

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    /** Rewrites the shelf rows of one story: present when it is published, gone otherwise. */
    public void restock(long storyId) {
        restock(List.of(storyId));
    }

    /** Rewrites the shelf rows of these stories, and the sizes of the lists they enter or leave. */
    public void restock(Collection<Long> storyIds) {
        em.flush();
        List<Long> all = new ArrayList<>(storyIds);
        for (int i = 0; i < all.size(); i += CHUNK) {
            restockChunk(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
    }

    private void restockChunk(List<Long> ids) {
        Map<String, Long> sizes = new TreeMap<>();
        count(listsOf(ids), -1, sizes);
        em.createNativeQuery("delete from reader_story_term where story_id in (:ids)").setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("delete from reader_story where id in (:ids)").setParameter("ids", ids).executeUpdate();
        if (em.createNativeQuery(STORY_ROWS).setParameter("ids", ids).executeUpdate() > 0) {
            TERM_LINKS.forEach(link -> em.createNativeQuery(link.insert()).setParameter("ids", ids).executeUpdate());
            count(listsOf(ids), +1, sizes);
        }
        // In key order, so two transactions that touch the same lists always lock them in the same order.
        sizes.forEach((key, change) -> {
            if (change != 0) {
                resize(key, change);
            }
        });
    }

    /** Every list each story is on, once per story: the keys of {@code reader_list_size}. */
    @SuppressWarnings("unchecked")
    private List<String> listsOf(List<Long> ids) {
        List<String> keys = new ArrayList<>();
        List<Object[]> stories = em.createNativeQuery(
                        "select edition, top_section_id, section_id, published_at from reader_story where id in (:ids)")
                .setParameter("ids", ids).getResultList();
        for (Object[] row : stories) {
            keys.add(ListKeys.edition((String) row[0]));
            keys.add(ListKeys.month((String) row[0], ShelfColumns.instant(row[3])));
            keys.add(ListKeys.topSection(((Number) row[1]).longValue()));
            keys.add(ListKeys.section(((Number) row[2]).longValue()));
        }
        List<Object[]> terms = em.createNativeQuery(
                        "select term_kind, term_id, edition from reader_story_term where story_id in (:ids)")
                .setParameter("ids", ids).getResultList();
        for (Object[] row : terms) {
            keys.add(ListKeys.term(String.valueOf(row[0]), ((Number) row[1]).longValue(), (String) row[2]));
        }
        return keys;
    }

    private static void count(List<String> keys, long change, Map<String, Long> sizes) {
        keys.forEach(key -> sizes.merge(key, change, Long::sum));
    }

    private void resize(String key, long change) {
        int updated = em.createNativeQuery("update reader_list_size set stories = stories + :change where list_key = :key")
                .setParameter("change", change).setParameter("key", key).executeUpdate();
        if (updated == 0) {
            // A list's first story. Two first stories at once: the second insert waits for the first and then does nothing.
            em.createNativeQuery("insert into reader_list_size (list_key, stories) values (:key, 0) on conflict do nothing")
                    .setParameter("key", key).executeUpdate();
            em.createNativeQuery("update reader_list_size set stories = stories + :change where list_key = :key")
                    .setParameter("change", change).setParameter("key", key).executeUpdate();
        }
    }
}
