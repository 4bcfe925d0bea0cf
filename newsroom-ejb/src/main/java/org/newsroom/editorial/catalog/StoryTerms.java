package org.newsroom.editorial.catalog;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A story's authors (in byline order), tags, regions and coverages (by name), read in one
 * statement for the article page instead of one lazy collection after another.
 */
record StoryTerms(List<AuthorView> authors, List<TermView> tags, List<TermView> regions, List<TermView> coverages) {

    private static final String TERMS = "select 'A', w.id, w.slug, w.name, w.bio, x.position from article_author x "
            + "join author w on w.id = x.author_id where x.article_id = :id "
            + "union all select 'T', t.id, t.slug, t.name, null, 0 from article_tag x join tag t on t.id = x.tag_id "
            + "where x.article_id = :id "
            + "union all select 'R', t.id, t.slug, t.name, null, 0 from article_region x join region t on t.id = x.region_id "
            + "where x.article_id = :id "
            + "union all select 'C', t.id, t.slug, t.name, null, 0 from article_coverage x join coverage t on t.id = x.coverage_id "
            + "where x.article_id = :id";

    /** Sorted, because link rows come back from the database in any order and the page's ETag must not change with it. */
    private static final Comparator<TermView> BY_NAME = Comparator.comparing(TermView::name).thenComparing(TermView::id);

    @SuppressWarnings("unchecked")
    static StoryTerms of(EntityManager em, long storyId) {
        List<Object[]> rows = em.createNativeQuery(TERMS).setParameter("id", storyId).getResultList();
        List<Object[]> bylines = new ArrayList<>();
        List<TermView> tags = new ArrayList<>();
        List<TermView> regions = new ArrayList<>();
        List<TermView> coverages = new ArrayList<>();
        for (Object[] row : rows) {
            String kind = String.valueOf(row[0]);
            if (kind.equals(ListKeys.AUTHOR)) {
                bylines.add(row);
                continue;
            }
            TermView term = new TermView(((Number) row[1]).longValue(), (String) row[2], (String) row[3], null);
            switch (kind) {
                case ListKeys.TAG -> tags.add(term);
                case ListKeys.REGION -> regions.add(term);
                default -> coverages.add(term);
            }
        }
        bylines.sort(Comparator.comparingInt(row -> ((Number) row[5]).intValue()));
        tags.sort(BY_NAME);
        regions.sort(BY_NAME);
        coverages.sort(BY_NAME);
        return new StoryTerms(bylines.stream().map(row -> new AuthorView(((Number) row[1]).longValue(), (String) row[2],
                (String) row[3], (String) row[4])).toList(), tags, regions, coverages);
    }
}
