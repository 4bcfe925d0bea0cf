package org.newsroom.editorial.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.reading.MostRead;

/**
 * Lists of published stories as teasers, the taxonomy around them and a story's translations, for
 * the reader site (whole stories are {@link PublishedStories}'). Anonymous by design.
 *
 * <p>Every list is read off the reader shelf ({@link ReaderShelf}, schema V16): one range scan of
 * one index with a limit, and the pager's total from {@code reader_list_size}, so no page costs
 * more with a bigger archive. The ORDER BY repeats a list's equality columns, which lets H2 read
 * the index in order and stop at the limit (PostgreSQL does so either way). Section names and
 * paths come from the {@link ReaderTaxonomy} in memory.
 */
@Stateless
@PermitAll
public class ReaderCatalog {

    public static final int MAX_PAGE_SIZE = 100;

    /** A teaser's columns: the shelf's row and its lead picture's alt text. */
    private static final String TEASER = "select r.id, r.edition, r.kind, r.headline, r.slug, r.summary, r.section_id, "
            + "r.published_at, r.lead_media_id, m.alt_text ";

    private static final String SHELF = "from reader_story r left join media_asset m on m.id = r.lead_media_id ";

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @EJB
    ReaderTaxonomy taxonomy;

    @EJB
    MostRead mostRead;

    /** The newest published stories of an edition, newest first; {@code page} counts from 0. */
    public List<ArticleTeaser> latest(Edition edition, int page, int size) {
        return teasers(TEASER + SHELF + "where r.edition = :edition order by r.edition, r.published_at desc, r.id desc",
                Map.of("edition", edition.name()), Math.max(0, page) * clamp(size), clamp(size));
    }

    public long countPublished(Edition edition) {
        return listSize(ListKeys.edition(edition.name()));
    }

    // ---- sections -------------------------------------------------------------------------------

    /** Every section of an edition in menu order: top-level ones by position, each followed by its subsections. */
    public List<SectionView> sections(Edition edition) {
        return taxonomy.of(edition).sections();
    }

    /** The section at {@code news} or {@code news/politics}; empty when the path names none. */
    public Optional<SectionView> section(Edition edition, String parentSlug, String slug) {
        Optional<SectionView> known = findSection(edition, parentSlug, slug);
        if (known.isEmpty() && exists("select count(s) from Section s where s.edition = :edition and s.slug = :slug", edition, slug)) {
            // Created a moment ago: its message has not reached this node yet.
            taxonomy.forget(edition);
            return findSection(edition, parentSlug, slug);
        }
        return known;
    }

    /**
     * A section by its own slug, top level or subsection (slugs are unique in an edition): the
     * public API's and the feeds' way of naming one.
     */
    public Optional<SectionView> section(Edition edition, String slug) {
        Optional<SectionView> known = sections(edition).stream().filter(s -> s.slug().equals(slug)).findFirst();
        if (known.isEmpty() && exists("select count(s) from Section s where s.edition = :edition and s.slug = :slug", edition, slug)) {
            taxonomy.forget(edition);
            return sections(edition).stream().filter(s -> s.slug().equals(slug)).findFirst();
        }
        return known;
    }

    private Optional<SectionView> findSection(Edition edition, String parentSlug, String slug) {
        return sections(edition).stream()
                .filter(s -> s.slug().equals(slug) && java.util.Objects.equals(s.parentSlug(), parentSlug))
                .findFirst();
    }

    /** Stories of a section and, for a top-level section, of its subsections. */
    public StoryPage<ArticleTeaser> inSection(Edition edition, long sectionId, int page, int size) {
        SectionView section = taxonomy.section(edition, sectionId).orElseThrow(() -> new PageOutOfRange(page, 1));
        return section.isTopLevel()
                ? page(ListKeys.topSection(sectionId), "where r.top_section_id = :id order by r.top_section_id, ",
                        sectionId, page, size)
                : page(ListKeys.section(sectionId), "where r.section_id = :id order by r.section_id, ", sectionId, page, size);
    }

    /** The newest stories of each top-level section, for the home page blocks: one query per section. */
    public Map<SectionView, List<ArticleTeaser>> sectionBlocks(Edition edition, int perSection) {
        Map<SectionView, List<ArticleTeaser>> blocks = new LinkedHashMap<>();
        for (SectionView section : sections(edition)) {
            if (section.isTopLevel()) {
                List<ArticleTeaser> items = teasers(TEASER + SHELF + "where r.top_section_id = :id "
                        + "order by r.top_section_id, r.published_at desc, r.id desc", Map.of("id", section.id()), 0, perSection);
                if (!items.isEmpty()) {
                    blocks.put(section, items);
                }
            }
        }
        return blocks;
    }

    // ---- regions, tags, coverages, authors ---------------------------------------------------------

    public Optional<TermView> region(Edition edition, String slug) {
        return keptTerm(edition, slug, "Region", ReaderTaxonomy.Terms::regions);
    }

    public Optional<TermView> tag(Edition edition, String slug) {
        // Tags are many and made on the fly: one lookup by the unique (edition, slug) index.
        return em.createQuery(ReaderTaxonomy.termSelect("Tag") + "where t.edition = :edition and t.slug = :slug", TermView.class)
                .setParameter("edition", edition)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public Optional<TermView> coverage(Edition edition, String slug) {
        return keptTerm(edition, slug, "Coverage", ReaderTaxonomy.Terms::coverages);
    }

    public List<TermView> regions(Edition edition) {
        return taxonomy.of(edition).regions();
    }

    public List<TermView> coverages(Edition edition) {
        return taxonomy.of(edition).coverages();
    }

    /** Every tag of the edition by name: for the API and the tags sitemap, not kept (tags are many). */
    public List<TermView> tags(Edition edition) {
        return em.createQuery(ReaderTaxonomy.termSelect("Tag") + "where t.edition = :edition order by t.name, t.id", TermView.class)
                .setParameter("edition", edition)
                .getResultList();
    }

    private Optional<TermView> keptTerm(Edition edition, String slug, String entity,
                                        java.util.function.Function<ReaderTaxonomy.Terms, List<TermView>> which) {
        Optional<TermView> known = which.apply(taxonomy.of(edition)).stream().filter(t -> t.slug().equals(slug)).findFirst();
        if (known.isEmpty() && exists("select count(t) from " + entity + " t where t.edition = :edition and t.slug = :slug",
                edition, slug)) {
            taxonomy.forget(edition);
            return which.apply(taxonomy.of(edition)).stream().filter(t -> t.slug().equals(slug)).findFirst();
        }
        return known;
    }

    private boolean exists(String countQuery, Edition edition, String slug) {
        return em.createQuery(countQuery, Long.class)
                .setParameter("edition", edition).setParameter("slug", slug).getSingleResult() > 0;
    }

    public StoryPage<ArticleTeaser> inRegion(Edition edition, long regionId, int page, int size) {
        return termPage(ListKeys.REGION, regionId, edition, page, size);
    }

    public StoryPage<ArticleTeaser> withTag(Edition edition, long tagId, int page, int size) {
        return termPage(ListKeys.TAG, tagId, edition, page, size);
    }

    /**
     * A coverage's published stories: the pinned ones first, in the editor's order, then the
     * rest newest first, each once. The pages cut through that one list, so pins take the top
     * of page 1 and the rest carry on from there.
     */
    public StoryPage<ArticleTeaser> inCoverage(Edition edition, long coverageId, int page, int size) {
        List<ArticleTeaser> pinned = teasers(TEASER + "from coverage_pin pin join reader_story r on r.id = pin.article_id "
                + "left join media_asset m on m.id = r.lead_media_id where pin.coverage_id = :id order by pin.position",
                Map.of("id", coverageId), 0, MAX_PAGE_SIZE);
        if (pinned.isEmpty()) {
            return termPage(ListKeys.COVERAGE, coverageId, edition, page, size);
        }
        int pageSize = clamp(size);
        long total = listSize(ListKeys.term(ListKeys.COVERAGE, coverageId, edition.name()));
        int pageCount = pageCount(total, pageSize, page);
        int first = (page - 1) * pageSize;
        List<ArticleTeaser> items = new ArrayList<>(pinned.subList(Math.min(first, pinned.size()),
                Math.min(first + pageSize, pinned.size())));
        if (items.size() < pageSize) {
            Map<String, Object> parameters = new HashMap<>(termParameters(ListKeys.COVERAGE, coverageId, edition));
            parameters.put("pinned", pinned.stream().map(ArticleTeaser::id).toList());
            items.addAll(teasers(TEASER + TERM_LIST.replace("order by", "and t.story_id not in (:pinned) order by"),
                    parameters, Math.max(0, first - pinned.size()), pageSize - items.size()));
        }
        return new StoryPage<>(items, page, pageCount, total);
    }

    public Optional<AuthorView> author(String slug) {
        return em.createQuery("select new org.newsroom.editorial.catalog.AuthorView(w.id, w.slug, w.name, w.bio) "
                        + "from Author w where w.slug = :slug", AuthorView.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    public List<AuthorView> authors() {
        return em.createQuery("select new org.newsroom.editorial.catalog.AuthorView(w.id, w.slug, w.name, w.bio) "
                + "from Author w order by w.name, w.id", AuthorView.class).getResultList();
    }

    public StoryPage<ArticleTeaser> byAuthor(Edition edition, long authorId, int page, int size) {
        return termPage(ListKeys.AUTHOR, authorId, edition, page, size);
    }

    // ---- around the article -----------------------------------------------------------------------

    /** The related stories the editors chose for a story, in their order. */
    public List<ArticleTeaser> related(long articleId) {
        return teasers(TEASER + "from article_related x join reader_story r on r.id = x.related_id "
                + "left join media_asset m on m.id = r.lead_media_id where x.article_id = :id order by x.position",
                Map.of("id", articleId), 0, MAX_PAGE_SIZE);
    }

    /** Latest in the same section, without the story being read. */
    public List<ArticleTeaser> readNext(Edition edition, long sectionId, long excludedArticleId, int size) {
        return teasers(TEASER + SHELF + "where r.section_id = :section and r.id <> :excluded "
                        + "order by r.section_id, r.published_at desc, r.id desc",
                Map.of("section", sectionId, "excluded", excludedArticleId), 0, clamp(size));
    }

    /** The published versions of one story across editions (its own among them), by edition code. */
    @SuppressWarnings("unchecked")
    public List<Translation> translations(String translationGroup) {
        List<Object[]> rows = em.createNativeQuery("select r.edition, r.section_id, r.slug from reader_story r "
                        + "where r.translation_group = :group order by r.edition")
                .setParameter("group", translationGroup)
                .getResultList();
        List<Translation> translations = new ArrayList<>();
        for (Object[] row : rows) {
            Edition edition = Edition.valueOf((String) row[0]);
            translations.add(new Translation(edition, taxonomy.storyPath(edition, ((Number) row[1]).longValue(), (String) row[2])));
        }
        return translations;
    }

    /** Most read over the last 48 hours in an edition: the chart kept in memory, then one teaser query. */
    public List<ArticleTeaser> mostRead(Edition edition, int size) {
        List<Long> chart = mostRead.storyIds(edition);
        List<Long> order = chart.subList(0, Math.min(chart.size(), Math.min(clamp(size), MostRead.LONGEST)));
        if (order.isEmpty()) {
            return List.of();
        }
        Map<Long, ArticleTeaser> byId = new HashMap<>();
        teasers(TEASER + SHELF + "where r.id in (:ids)", Map.of("ids", order), 0, order.size())
                .forEach(t -> byId.put(t.id(), t));
        // A story unpublished since the chart was worked out is simply left out.
        return order.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    // ---- helpers for the queries above -------------------------------------------------------------

    /** A region's, tag's, coverage's or author's stories in one edition, newest first. */
    private static final String TERM_LIST = "from reader_story_term t join reader_story r on r.id = t.story_id "
            + "left join media_asset m on m.id = r.lead_media_id "
            + "where t.term_kind = :kind and t.term_id = :id and t.edition = :edition "
            + "order by t.term_kind, t.term_id, t.edition, t.published_at desc, t.story_id desc";

    private static Map<String, Object> termParameters(String kind, long termId, Edition edition) {
        return Map.of("kind", kind, "id", termId, "edition", edition.name());
    }

    private StoryPage<ArticleTeaser> termPage(String kind, long termId, Edition edition, int page, int size) {
        int pageSize = clamp(size);
        long total = listSize(ListKeys.term(kind, termId, edition.name()));
        int pageCount = pageCount(total, pageSize, page);
        return new StoryPage<>(teasers(TEASER + TERM_LIST, termParameters(kind, termId, edition), (page - 1) * pageSize, pageSize),
                page, pageCount, total);
    }

    /** A section list: {@code whereAndOrder} ends with the list's equality column and a comma. */
    private StoryPage<ArticleTeaser> page(String listKey, String whereAndOrder, long id, int page, int size) {
        int pageSize = clamp(size);
        long total = listSize(listKey);
        int pageCount = pageCount(total, pageSize, page);
        return new StoryPage<>(teasers(TEASER + SHELF + whereAndOrder + "r.published_at desc, r.id desc", Map.of("id", id),
                (page - 1) * pageSize, pageSize), page, pageCount, total);
    }

    /** How many stories a list holds, kept by the shelf (0 for a list nobody has published in yet). */
    private long listSize(String key) {
        List<?> size = em.createNativeQuery("select stories from reader_list_size where list_key = :key")
                .setParameter("key", key).getResultList();
        return size.isEmpty() ? 0 : ((Number) size.get(0)).longValue();
    }

    /** How many pages {@code total} stories fill (at least one); a page outside them is refused. */
    private static int pageCount(long total, int pageSize, int page) {
        int pageCount = StoryPage.pageCount(total, pageSize);
        if (page < 1 || page > pageCount) {
            throw new PageOutOfRange(page, pageCount);
        }
        return pageCount;
    }

    @SuppressWarnings("unchecked")
    private List<ArticleTeaser> teasers(String sql, Map<String, Object> parameters, int first, int max) {
        Query query = em.createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.setFirstResult(first).setMaxResults(max).getResultList();
        List<ArticleTeaser> teasers = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Edition edition = Edition.valueOf((String) row[1]);
            // A section deleted a moment ago cannot hold published stories (deletion needs it empty).
            taxonomy.section(edition, ((Number) row[6]).longValue()).ifPresent(section -> teasers.add(new ArticleTeaser(
                    ((Number) row[0]).longValue(), edition, ArticleKind.valueOf((String) row[2]), (String) row[3],
                    (String) row[4], (String) row[5], section.slug(), section.parentSlug(), section.name(),
                    ShelfColumns.instant(row[7]), row[8] == null ? null : ((Number) row[8]).longValue(), (String) row[9])));
        }
        return teasers;
    }


    static int clamp(int size) {
        return Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
    }
}
