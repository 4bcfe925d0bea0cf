package org.newsroom.editorial.catalog;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Stories' authors (in byline order), tags, regions and coverages (by name), read in one statement
 * for a whole page of stories instead of one lazy collection after another, per story.
 */
record StoryTerms(List<AuthorView> authors, List<TermView> tags, List<TermView> regions, List<TermView> coverages) {

    static final StoryTerms NONE = new StoryTerms(List.of(), List.of(), List.of(), List.of());

    private static final String TERMS = "select x.article_id, 'A', w.id, w.slug, w.name, w.bio, x.position from article_author x "
            + "join author w on w.id = x.author_id where x.article_id in (:ids) "
            + "union all select x.article_id, 'T', t.id, t.slug, t.name, null, 0 from article_tag x join tag t on t.id = x.tag_id "
            + "where x.article_id in (:ids) "
            + "union all select x.article_id, 'R', t.id, t.slug, t.name, null, 0 from article_region x "
            + "join region t on t.id = x.region_id where x.article_id in (:ids) "
            + "union all select x.article_id, 'C', t.id, t.slug, t.name, null, 0 from article_coverage x "
            + "join coverage t on t.id = x.coverage_id where x.article_id in (:ids)";

    /** Sorted, because link rows come back from the database in any order and the page's ETag must not change with it. */
    private static final Comparator<TermView> BY_NAME = Comparator.comparing(TermView::name).thenComparing(TermView::id);

    /** The terms of each story; a story without any is absent from the map (see {@link #NONE}). */
    @SuppressWarnings("unchecked")
    static Map<Long, StoryTerms> of(EntityManager em, Collection<Long> storyIds) {
        if (storyIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createNativeQuery(TERMS).setParameter("ids", storyIds).getResultList();
        Map<Long, List<Object[]>> byStory = new HashMap<>();
        rows.forEach(row -> byStory.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add(row));
        Map<Long, StoryTerms> terms = new HashMap<>();
        byStory.forEach((id, storyRows) -> terms.put(id, of(storyRows)));
        return terms;
    }

    private static StoryTerms of(List<Object[]> rows) {
        List<Object[]> bylines = new ArrayList<>();
        List<TermView> tags = new ArrayList<>();
        List<TermView> regions = new ArrayList<>();
        List<TermView> coverages = new ArrayList<>();
        for (Object[] row : rows) {
            String kind = String.valueOf(row[1]);
            if (kind.equals(ListKeys.AUTHOR)) {
                bylines.add(row);
                continue;
            }
            TermView term = new TermView(((Number) row[2]).longValue(), (String) row[3], (String) row[4], null);
            switch (kind) {
                case ListKeys.TAG -> tags.add(term);
                case ListKeys.REGION -> regions.add(term);
                default -> coverages.add(term);
            }
        }
        bylines.sort(Comparator.comparingInt(row -> ((Number) row[6]).intValue()));
        tags.sort(BY_NAME);
        regions.sort(BY_NAME);
        coverages.sort(BY_NAME);
        return new StoryTerms(bylines.stream().map(row -> new AuthorView(((Number) row[2]).longValue(), (String) row[3],
                (String) row[4], (String) row[5])).toList(), List.copyOf(tags), List.copyOf(regions), List.copyOf(coverages));
    }
}
