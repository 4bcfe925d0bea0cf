package org.newsroom.editorial.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.article.GalleryImage;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.media.MediaAsset;
import org.newsroom.domain.taxonomy.TaxonomyTerm;
import org.newsroom.editorial.preview.StoryPreviews;

/** Published content for the reader site and the public API. Anonymous by design. */
@Stateless
@PermitAll
public class ReaderCatalog {

    public static final int MAX_PAGE_SIZE = 100;

    /** How far back "most read" looks. */
    public static final int MOST_READ_WINDOW_HOURS = 48;

    /** One query: teasers with their section and lead image columns, never the entities. */
    static final String TEASER_SELECT = teaserSelect("a") + "from Article a join a.section s left join s.parent p left join a.leadMedia m ";

    static final String PUBLISHED = "a.edition = :edition and a.status = :published ";

    static final String NEWEST_FIRST = " order by a.publishedAt desc, a.id desc";

    /** What a paged list selects from; the caller adds its joins and where clause. */
    private static final String PAGE_FROM = "from Article a join a.section s left join s.parent p left join a.leadMedia m ";

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @EJB
    StoryPreviews previews;

    static String teaserSelect(String alias) {
        return "select new org.newsroom.editorial.catalog.ArticleTeaser("
                + alias + ".id, " + alias + ".edition, " + alias + ".kind, " + alias + ".headline, " + alias + ".slug, "
                + alias + ".summary, s.slug, p.slug, s.name, " + alias + ".publishedAt, m.id, m.altText) ";
    }

    /** The newest published stories of an edition, newest first; {@code page} counts from 0. */
    public List<ArticleTeaser> latest(Edition edition, int page, int size) {
        return published(TEASER_SELECT + "where " + PUBLISHED + NEWEST_FIRST, edition)
                .setFirstResult(Math.max(0, page) * clamp(size))
                .setMaxResults(clamp(size))
                .getResultList();
    }

    public long countPublished(Edition edition) {
        return em.createQuery("select count(a) from Article a where " + PUBLISHED, Long.class)
                .setParameter("edition", edition)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getSingleResult();
    }

    // ---- sections -------------------------------------------------------------------------------

    /** Every section of an edition in menu order: top-level ones by position, each followed by its subsections. */
    public List<SectionView> sections(Edition edition) {
        List<SectionView> all = em.createQuery("select new org.newsroom.editorial.catalog.SectionView("
                        + "s.id, s.slug, s.name, p.slug, p.name) from Section s left join s.parent p "
                        + "where s.edition = :edition order by coalesce(p.position, s.position), "
                        + "case when p.id is null then 0 else 1 end, s.position, s.id", SectionView.class)
                .setParameter("edition", edition)
                .getResultList();
        return all;
    }

    /** The section at {@code news} or {@code news/politics}; empty when the path names none. */
    public Optional<SectionView> section(Edition edition, String parentSlug, String slug) {
        return sections(edition).stream()
                .filter(s -> s.slug().equals(slug) && java.util.Objects.equals(s.parentSlug(), parentSlug))
                .findFirst();
    }

    /** Stories of a section and, for a top-level section, of its subsections. */
    public TeaserPage inSection(Edition edition, long sectionId, int page, int size) {
        String where = "where " + PUBLISHED + "and (s.id = :section or p.id = :section)";
        return page(where, Map.of("section", sectionId), edition, page, size);
    }

    /** The newest stories of each top-level section, for the home page blocks: one query per section. */
    public Map<SectionView, List<ArticleTeaser>> sectionBlocks(Edition edition, int perSection) {
        Map<SectionView, List<ArticleTeaser>> blocks = new LinkedHashMap<>();
        for (SectionView section : sections(edition)) {
            if (section.isTopLevel()) {
                List<ArticleTeaser> items = published(TEASER_SELECT + "where " + PUBLISHED
                        + "and (s.id = :section or p.id = :section)" + NEWEST_FIRST, edition)
                        .setParameter("section", section.id())
                        .setMaxResults(perSection)
                        .getResultList();
                if (!items.isEmpty()) {
                    blocks.put(section, items);
                }
            }
        }
        return blocks;
    }

    // ---- regions, tags, coverages, authors ---------------------------------------------------------

    public Optional<TermView> region(Edition edition, String slug) {
        return term("Region", edition, slug);
    }

    public Optional<TermView> tag(Edition edition, String slug) {
        return term("Tag", edition, slug);
    }

    public Optional<TermView> coverage(Edition edition, String slug) {
        return term("Coverage", edition, slug);
    }

    public List<TermView> regions(Edition edition) {
        return terms("Region", edition);
    }

    public List<TermView> coverages(Edition edition) {
        return terms("Coverage", edition);
    }

    public TeaserPage inRegion(Edition edition, long regionId, int page, int size) {
        return page("join a.regions t where " + PUBLISHED + "and t.id = :term", Map.of("term", regionId), edition, page, size);
    }

    public TeaserPage withTag(Edition edition, long tagId, int page, int size) {
        return page("join a.tags t where " + PUBLISHED + "and t.id = :term", Map.of("term", tagId), edition, page, size);
    }

    /**
     * A coverage's published stories: the pinned ones first, in the editor's order, then the
     * rest newest first, each once. The pages cut through that one list, so pins take the top
     * of page 1 and the rest carry on from there.
     */
    public TeaserPage inCoverage(Edition edition, long coverageId, int page, int size) {
        List<ArticleTeaser> pinned = published(teaserSelect("a") + PAGE_FROM + "join CoveragePin pin on pin.story = a "
                + "where pin.coverage.id = :term and " + PUBLISHED + "order by pin.position", edition)
                .setParameter("term", coverageId)
                .getResultList();
        if (pinned.isEmpty()) {
            return page("join a.coverages t where " + PUBLISHED + "and t.id = :term", Map.of("term", coverageId), edition, page, size);
        }
        String rest = "join a.coverages t where " + PUBLISHED + "and t.id = :term "
                + "and not exists (select pin.id from CoveragePin pin where pin.coverage = t and pin.story = a)";
        int pageSize = clamp(size);
        long total = pinned.size() + count(rest, Map.of("term", coverageId), edition);
        int pageCount = pageCount(total, pageSize, page);
        int first = (page - 1) * pageSize;
        List<ArticleTeaser> items = new ArrayList<>(pinned.subList(Math.min(first, pinned.size()),
                Math.min(first + pageSize, pinned.size())));
        if (items.size() < pageSize) {
            items.addAll(published(teaserSelect("a") + PAGE_FROM + rest + NEWEST_FIRST, edition)
                    .setParameter("term", coverageId)
                    .setFirstResult(Math.max(0, first - pinned.size()))
                    .setMaxResults(pageSize - items.size())
                    .getResultList());
        }
        return new TeaserPage(items, page, pageCount, total);
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

    public TeaserPage byAuthor(Edition edition, long authorId, int page, int size) {
        return page("join a.authors w where " + PUBLISHED + "and w.id = :author", Map.of("author", authorId), edition, page, size);
    }

    // ---- the article -------------------------------------------------------------------------------

    /** A published story by its slug, which is unique within an edition. */
    public Optional<ArticleView> article(Edition edition, String slug) {
        // Strict JPA compliance forbids aliases on fetch joins; the section's parent costs one more small query.
        Optional<Article> found = em.createQuery("select a from Article a join fetch a.section "
                        + "left join fetch a.leadMedia where " + PUBLISHED + "and a.slug = :slug", Article.class)
                .setParameter("edition", edition)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
        return found.map(this::view);
    }

    /**
     * Any story, whatever its status, for a staff preview pass that is still valid (see
     * {@link StoryPreviews}); empty for a missing, expired or made-up pass.
     */
    public Optional<ArticleView> preview(String token) {
        return previews.storyFor(token).map(id -> em.find(Article.class, id)).map(this::view);
    }

    private ArticleView view(Article a) {
        long id = a.getId();
        var section = a.getSection();
        var parent = section.getParent();
        SectionView sectionView = new SectionView(section.getId(), section.getSlug(), section.getName(),
                parent == null ? null : parent.getSlug(), parent == null ? null : parent.getName());
        List<GalleryImage> gallery = em.createQuery("select g from GalleryImage g join fetch g.image "
                        + "where g.article.id = :id order by g.position", GalleryImage.class)
                .setParameter("id", id).getResultList();
        List<Long> mediaIds = new ArrayList<>();
        if (a.getLeadMedia() != null) {
            mediaIds.add(a.getLeadMedia().getId());
        }
        gallery.forEach(g -> mediaIds.add(g.getImage().getId()));
        List<MediaAsset> bodyAssets = bodyAssets(a.getBody());
        bodyAssets.forEach(m -> mediaIds.add(m.getId()));
        Map<Long, List<Integer>> widths = renditionWidths(mediaIds);
        List<AuthorView> authors = a.getAuthors().stream()
                .map(w -> new AuthorView(w.getId(), w.getSlug(), w.getName(), w.getBio())).toList();
        return new ArticleView(id, a.getEdition(), a.getKind(), a.getHeadline(), a.getSlug(), a.getSummary(), a.getBody(),
                a.getSource(), a.readingTime().minutes(), sectionView, a.getPublishedAt(), a.getUpdatedAt(),
                a.getCorrectionNote(), a.getVideoUrl(), a.getTranslationGroup(),
                a.getLeadMedia() == null ? null : media(a.getLeadMedia(), widths),
                authors, termViews(a.getTags()), termViews(a.getRegions()), termViews(a.getCoverages()),
                related(id),
                gallery.stream().map(g -> new GalleryItem(media(g.getImage(), widths), g.getCaption())).toList(),
                em.createQuery("select new org.newsroom.editorial.catalog.LiveEntryView(e.id, e.headline, e.body, e.postedAt) "
                                + "from LiveEntry e where e.article.id = :id order by e.postedAt desc, e.id desc", LiveEntryView.class)
                        .setParameter("id", id).getResultList(),
                bodyAssets.stream().collect(java.util.stream.Collectors.toMap(MediaAsset::getId, m -> media(m, widths))));
    }

    /** The described library pictures the body shows; one query, and none for a body without pictures. */
    private List<MediaAsset> bodyAssets(String body) {
        if (body == null || !body.contains("<img")) {
            return List.of();
        }
        List<Long> ids = org.jsoup.Jsoup.parseBodyFragment(body).select("img[src]").stream()
                .map(img -> org.newsroom.editorial.workflow.BodySanitizer.mediaAsset(img.attr("src")))
                .flatMap(Optional::stream).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from MediaAsset m where m.id in :ids", MediaAsset.class)
                .setParameter("ids", ids).getResultStream().filter(MediaAsset::isDescribed).toList();
    }

    private List<ArticleTeaser> related(long articleId) {
        return em.createQuery(teaserSelect("r") + "from Article a join a.related r join r.section s left join s.parent p "
                        + "left join r.leadMedia m where a.id = :id and r.status = :published", ArticleTeaser.class)
                .setParameter("id", articleId)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList();
    }

    /** Latest in the same section, without the story being read. */
    public List<ArticleTeaser> readNext(Edition edition, long sectionId, long excludedArticleId, int size) {
        return published(TEASER_SELECT + "where " + PUBLISHED + "and s.id = :section and a.id <> :excluded" + NEWEST_FIRST, edition)
                .setParameter("section", sectionId)
                .setParameter("excluded", excludedArticleId)
                .setMaxResults(clamp(size))
                .getResultList();
    }

    /** The published versions of one story across editions. */
    public List<Translation> translations(String translationGroup) {
        return em.createQuery("select new org.newsroom.editorial.catalog.Translation(a.edition, s.slug, p.slug, a.slug) "
                        + "from Article a join a.section s left join s.parent p "
                        + "where a.translationGroup = :group and a.status = :published", Translation.class)
                .setParameter("group", translationGroup)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList();
    }

    /** Most read over the last 48 hours in an edition: one aggregate over hourly buckets, one teaser query. */
    public List<ArticleTeaser> mostRead(Edition edition, int size) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select r.article_id from article_read_hourly r "
                        + "join article a on a.id = r.article_id where a.edition = ?1 and a.status = ?2 and r.hour_start >= ?3 "
                        + "group by r.article_id order by sum(r.reads) desc, r.article_id")
                .setParameter(1, edition.name())
                .setParameter(2, ArticleStatus.PUBLISHED.name())
                .setParameter(3, Instant.now().truncatedTo(ChronoUnit.HOURS).minus(MOST_READ_WINDOW_HOURS, ChronoUnit.HOURS))
                .setMaxResults(clamp(size))
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> order = ids.stream().map(Number::longValue).toList();
        Map<Long, ArticleTeaser> byId = new HashMap<>();
        published(TEASER_SELECT + "where " + PUBLISHED + "and a.id in :ids", edition)
                .setParameter("ids", order)
                .getResultList()
                .forEach(t -> byId.put(t.id(), t));
        return order.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    // ---- helpers for the queries above -------------------------------------------------------------

    private long count(String fromJoinsAndWhere, Map<String, Object> parameters, Edition edition) {
        TypedQuery<Long> count = em.createQuery("select count(distinct a) " + PAGE_FROM + fromJoinsAndWhere, Long.class)
                .setParameter("edition", edition)
                .setParameter("published", ArticleStatus.PUBLISHED);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** How many pages {@code total} stories fill (at least one); a page outside them is refused. */
    private static int pageCount(long total, int pageSize, int page) {
        int pageCount = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        if (page < 1 || page > pageCount) {
            throw new PageOutOfRange(page, pageCount);
        }
        return pageCount;
    }

    private TeaserPage page(String fromJoinsAndWhere, Map<String, Object> parameters, Edition edition, int page, int size) {
        int pageSize = clamp(size);
        long total = count(fromJoinsAndWhere, parameters, edition);
        int pageCount = pageCount(total, pageSize, page);
        TypedQuery<ArticleTeaser> items = published(teaserSelect("a") + PAGE_FROM + fromJoinsAndWhere + NEWEST_FIRST, edition);
        parameters.forEach(items::setParameter);
        return new TeaserPage(items.setFirstResult((page - 1) * pageSize).setMaxResults(pageSize).getResultList(),
                page, pageCount, total);
    }

    private TypedQuery<ArticleTeaser> published(String jpql, Edition edition) {
        return em.createQuery(jpql, ArticleTeaser.class)
                .setParameter("edition", edition)
                .setParameter("published", ArticleStatus.PUBLISHED);
    }

    private Optional<TermView> term(String entity, Edition edition, String slug) {
        return em.createQuery(termSelect(entity) + "where t.edition = :edition and t.slug = :slug", TermView.class)
                .setParameter("edition", edition)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    private List<TermView> terms(String entity, Edition edition) {
        return em.createQuery(termSelect(entity) + "where t.edition = :edition order by t.name", TermView.class)
                .setParameter("edition", edition)
                .getResultList();
    }

    private static String termSelect(String entity) {
        String description = entity.equals("Coverage") ? "t.description" : "cast(null as string)";
        return "select new org.newsroom.editorial.catalog.TermView(t.id, t.slug, t.name, " + description + ") from " + entity + " t ";
    }

    /** Sorted, because the sets come back from the database in any order and the page's ETag must not change with it. */
    private static List<TermView> termViews(Collection<? extends TaxonomyTerm> terms) {
        return terms.stream()
                .sorted(java.util.Comparator.comparing(TaxonomyTerm::getName).thenComparing(TaxonomyTerm::getId))
                .map(t -> new TermView(t.getId(), t.getSlug(), t.getName(), null)).toList();
    }

    private Map<Long, List<Integer>> renditionWidths(List<Long> assetIds) {
        Map<Long, List<Integer>> widths = new HashMap<>();
        if (assetIds.isEmpty()) {
            return widths;
        }
        em.createQuery("select r.asset.id, r.width from MediaRendition r where r.asset.id in :ids order by r.width", Object[].class)
                .setParameter("ids", assetIds)
                .getResultList()
                .forEach(row -> widths.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Integer) row[1]));
        return widths;
    }

    private static MediaView media(MediaAsset asset, Map<Long, List<Integer>> widths) {
        return new MediaView(asset.getId(), asset.getWidth(), asset.getHeight(), asset.getAltText(), asset.getCaption(),
                asset.getCredit(), widths.getOrDefault(asset.getId(), List.of()));
    }

    static int clamp(int size) {
        return Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
    }
}
