package org.newsroom.editorial.published;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.media.MediaAsset;
import org.newsroom.domain.people.Author;
import org.newsroom.domain.taxonomy.Coverage;
import org.newsroom.domain.taxonomy.Region;
import org.newsroom.domain.taxonomy.Section;
import org.newsroom.domain.taxonomy.Tag;
import org.newsroom.domain.taxonomy.TaxonomyTerm;
import org.newsroom.editorial.catalog.ReaderTaxonomy;
import org.newsroom.editorial.catalog.ShelfColumns;

/**
 * Published stories and their taxonomy for the JSON API, feeds and sitemaps.
 * Anonymous by design; every story query carries {@code status = PUBLISHED}.
 */
@Stateless
@PermitAll
public class PublishedStories {

    public static final int MAX_PAGE_SIZE = 100;
    /** The sitemap protocol's limit of URLs per file. */
    public static final int MAX_SITEMAP_URLS = 50_000;
    private static final int IN_CHUNK = 500;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @EJB
    ReaderTaxonomy taxonomy;

    // ---- taxonomy ------------------------------------------------------------------------------

    /** The edition's two-level section tree in menu order. */
    public List<SectionNode> sections(Edition edition) {
        List<Section> all = em.createQuery(
                        "select s from Section s left join fetch s.parent where s.edition = :e order by s.position, s.id",
                        Section.class)
                .setParameter("e", edition).getResultList();
        List<SectionNode> tree = new ArrayList<>();
        for (Section top : all) {
            if (top.isTopLevel()) {
                List<SectionNode> subs = all.stream().filter(s -> s.getParent() == top)
                        .map(s -> node(s, List.of())).toList();
                tree.add(node(top, subs));
            }
        }
        return tree;
    }

    public List<TermRef> regions(Edition edition) {
        return terms(Region.class, edition);
    }

    public List<TermRef> tags(Edition edition) {
        return terms(Tag.class, edition);
    }

    public List<TermRef> coverages(Edition edition) {
        return terms(Coverage.class, edition);
    }

    /** A section of the edition by its own slug (top level or subsection). */
    public Optional<SectionNode> section(Edition edition, String slug) {
        return em.createQuery("select s from Section s where s.edition = :e and s.slug = :slug", Section.class)
                .setParameter("e", edition).setParameter("slug", slug)
                .getResultStream().findFirst().map(s -> node(s, List.of()));
    }

    public Optional<TermRef> tag(Edition edition, String slug) {
        return term(Tag.class, edition, slug);
    }

    public Optional<TermRef> region(Edition edition, String slug) {
        return term(Region.class, edition, slug);
    }

    public Optional<TermRef> coverage(Edition edition, String slug) {
        return term(Coverage.class, edition, slug);
    }

    public Optional<TermRef> author(String slug) {
        return em.createQuery("select new org.newsroom.editorial.published.TermRef(a.id, a.slug, a.name) "
                        + "from Author a where a.slug = :slug", TermRef.class)
                .setParameter("slug", slug).getResultStream().findFirst();
    }

    private <T extends TaxonomyTerm> List<TermRef> terms(Class<T> type, Edition edition) {
        return em.createQuery("select new org.newsroom.editorial.published.TermRef(t.id, t.slug, t.name) from "
                        + type.getSimpleName() + " t where t.edition = :e order by t.name, t.id", TermRef.class)
                .setParameter("e", edition).getResultList();
    }

    private <T extends TaxonomyTerm> Optional<TermRef> term(Class<T> type, Edition edition, String slug) {
        return em.createQuery("select new org.newsroom.editorial.published.TermRef(t.id, t.slug, t.name) from "
                        + type.getSimpleName() + " t where t.edition = :e and t.slug = :slug", TermRef.class)
                .setParameter("e", edition).setParameter("slug", slug).getResultStream().findFirst();
    }

    // ---- stories -------------------------------------------------------------------------------

    public Optional<PublishedStory> byId(long id) {
        Article article = em.find(Article.class, id);
        if (article == null || article.getStatus() != ArticleStatus.PUBLISHED) {
            return Optional.empty();
        }
        return Optional.of(story(article, translationsOf(article)));
    }

    public Optional<PublishedStory> bySlug(Edition edition, String slug) {
        return em.createQuery("select a.id from Article a where a.edition = :e and a.slug = :slug and a.status = :published",
                        Long.class)
                .setParameter("e", edition).setParameter("slug", slug)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream().findFirst().flatMap(this::byId);
    }

    /**
     * Newest first; {@code page} counts from 0, {@code size} is clamped to 1..{@value #MAX_PAGE_SIZE}.
     * Read off the reader shelf: the filter picks the one index that serves it (a term's list, a
     * section's, the edition's), the other conditions filter that range; the total comes from the
     * shelf's list sizes when the filter is exactly one list, and is counted otherwise.
     */
    public StoryPage list(StoryFilter filter, int page, int size) {
        int pageSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        int first = Math.max(page, 0) * pageSize;
        ShelfQuery query = ShelfQuery.of(filter);
        List<Long> ids = query.ids(em, first, pageSize);
        return new StoryPage(load(ids), Math.max(page, 0), pageSize, query.total(em));
    }

    /** The newest stories a filter selects, without a total: feeds. */
    public List<PublishedStory> newest(StoryFilter filter, int size) {
        return load(ShelfQuery.of(filter).ids(em, 0, Math.min(Math.max(size, 1), MAX_PAGE_SIZE)));
    }

    /** Stories for sitemaps, newest first, each with the editions it is translated into: two queries. */
    @SuppressWarnings("unchecked")
    public List<SitemapEntry> sitemap(StoryFilter filter, int max) {
        String where = "where r.edition = :edition" + (filter.publishedAfter() == null ? "" : " and r.published_at >= :after");
        Query rows = em.createNativeQuery("select r.id, r.edition, r.section_id, r.slug, r.headline, r.published_at, "
                + "r.updated_at, r.translation_group from reader_story r " + where
                + " order by r.edition, r.published_at desc, r.id desc");
        Query translated = em.createNativeQuery("select r.id, t.edition, t.section_id, t.slug from reader_story r "
                + "join reader_story t on t.translation_group = r.translation_group and t.id <> r.id " + where);
        for (Query q : List.of(rows, translated)) {
            q.setParameter("edition", filter.edition().name());
            if (filter.publishedAfter() != null) {
                q.setParameter("after", filter.publishedAfter());
            }
        }
        Map<Long, List<Translation>> translations = new HashMap<>();
        for (Object[] t : (List<Object[]>) translated.getResultList()) {
            Edition edition = Edition.valueOf((String) t[1]);
            translations.computeIfAbsent(((Number) t[0]).longValue(), k -> new ArrayList<>())
                    .add(new Translation(edition, taxonomy.storyPath(edition, ((Number) t[2]).longValue(), (String) t[3])));
        }
        List<SitemapEntry> entries = new ArrayList<>();
        for (Object[] r : (List<Object[]>) rows.setMaxResults(Math.min(max, MAX_SITEMAP_URLS)).getResultList()) {
            long id = ((Number) r[0]).longValue();
            Edition edition = Edition.valueOf((String) r[1]);
            Instant published = ShelfColumns.instant(r[5]);
            Instant updated = ShelfColumns.instant(r[6]);
            List<Translation> others = translations.getOrDefault(id, List.of()).stream()
                    .sorted(java.util.Comparator.comparing(Translation::edition)).toList();
            entries.add(new SitemapEntry(edition, taxonomy.storyPath(edition, ((Number) r[2]).longValue(), (String) r[3]),
                    (String) r[4], published, updated != null && updated.isAfter(published) ? updated : published, others));
        }
        return entries;
    }

    /** When anything of the edition last changed for readers, for a sitemap index's lastmod: two index reads. */
    public Optional<Instant> lastChange(Edition edition) {
        Optional<Instant> published = newest("published_at", edition);
        Optional<Instant> updated = newest("updated_at", edition);
        if (published.isEmpty()) {
            return updated;
        }
        return Optional.of(updated.filter(u -> u.isAfter(published.get())).orElse(published.get()));
    }

    private Optional<Instant> newest(String column, Edition edition) {
        return em.createNativeQuery("select r." + column + " from reader_story r where r.edition = :edition and r." + column
                        + " is not null order by r.edition, r." + column + " desc")
                .setParameter("edition", edition.name()).setMaxResults(1)
                .getResultList().stream().findFirst().map(ShelfColumns::instant);
    }

    /** Whole stories for the given ids, in the given order (lists leave translations out). */
    List<PublishedStory> load(List<Long> ids) {
        return entities(ids).stream().map(a -> story(a, List.of())).toList();
    }

    private List<Article> entities(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            em.createQuery("select a from Article a join fetch a.section "
                            + "left join fetch a.leadMedia where a.id in :ids and a.status = :published", Article.class)
                    .setParameter("ids", chunk).setParameter("published", ArticleStatus.PUBLISHED)
                    .getResultList().forEach(a -> byId.put(a.getId(), a));
        }
        return ids.stream().map(byId::get).filter(a -> a != null).toList();
    }

    /** The story's published versions in the other editions, off the shelf. */
    @SuppressWarnings("unchecked")
    private List<Translation> translationsOf(Article article) {
        List<Object[]> rows = em.createNativeQuery("select r.edition, r.section_id, r.slug from reader_story r "
                        + "where r.translation_group = :group and r.id <> :id order by r.edition")
                .setParameter("group", article.getTranslationGroup()).setParameter("id", article.getId()).getResultList();
        List<Translation> translations = new ArrayList<>();
        for (Object[] row : rows) {
            Edition edition = Edition.valueOf((String) row[0]);
            translations.add(new Translation(edition, taxonomy.storyPath(edition, ((Number) row[1]).longValue(), (String) row[2])));
        }
        return translations;
    }

    private static <T> List<List<T>> chunks(Collection<T> all) {
        List<T> list = new ArrayList<>(all);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < list.size(); i += IN_CHUNK) {
            chunks.add(list.subList(i, Math.min(list.size(), i + IN_CHUNK)));
        }
        return chunks;
    }

    static String pathOf(Article a) {
        return a.getEdition().storyPath(a.getSection().path(), a.getSlug());
    }

    private static PublishedStory story(Article a, List<Translation> translations) {
        Section section = a.getSection();
        Function<Author, TermRef> author = au -> new TermRef(au.getId(), au.getSlug(), au.getName());
        return new PublishedStory(a.getId(), a.getEdition(), a.getKind(), a.getHeadline(), a.getSlug(), pathOf(a),
                a.getSummary(), a.getBody(), a.getSource(), a.getVideoUrl(),
                node(section, List.of()), section.getParent() == null ? null : node(section.getParent(), List.of()),
                refs(a.getRegions()), refs(a.getTags()), refs(a.getCoverages()),
                a.getAuthors().stream().map(author).toList(), image(a.getLeadMedia()),
                a.getTranslationGroup(), translations, a.getWordCount(), a.getPublishedAt(), a.getUpdatedAt());
    }

    private static List<TermRef> refs(Collection<? extends TaxonomyTerm> terms) {
        return terms.stream().map(t -> new TermRef(t.getId(), t.getSlug(), t.getName()))
                .sorted((x, y) -> Long.compare(x.id(), y.id())).toList();
    }

    private static LeadImage image(MediaAsset m) {
        if (m == null) {
            return null;
        }
        int width = Math.min(m.getWidth(), LeadImage.SHARE_WIDTH);
        int height = m.getWidth() == 0 ? m.getHeight() : (int) ((long) m.getHeight() * width / m.getWidth());
        return new LeadImage(m.getId(), "/media/" + m.getId() + "/" + width, m.getContentType(), width, height,
                m.getAltText(), m.getCaption(), m.getCredit());
    }

    private static SectionNode node(Section s, List<SectionNode> subsections) {
        return new SectionNode(s.getId(), s.getSlug(), s.getName(), s.path(), subsections);
    }
}
