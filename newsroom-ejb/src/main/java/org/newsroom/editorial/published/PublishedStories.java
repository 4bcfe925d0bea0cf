package org.newsroom.editorial.published;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
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
        return Optional.of(story(article, translationsOf(List.of(article)).getOrDefault(article.getId(), List.of())));
    }

    public Optional<PublishedStory> bySlug(Edition edition, String slug) {
        return em.createQuery("select a.id from Article a where a.edition = :e and a.slug = :slug and a.status = :published",
                        Long.class)
                .setParameter("e", edition).setParameter("slug", slug)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream().findFirst().flatMap(this::byId);
    }

    /** Newest first; {@code page} counts from 0, {@code size} is clamped to 1..{@value #MAX_PAGE_SIZE}. */
    public StoryPage list(StoryFilter filter, int page, int size) {
        int pageSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        int first = Math.max(page, 0) * pageSize;
        List<Long> ids = filtered("select a.id", filter, " order by a.publishedAt desc, a.id desc", Long.class)
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
        long total = filtered("select count(a)", filter, "", Long.class).getSingleResult();
        return new StoryPage(load(ids), Math.max(page, 0), pageSize, total);
    }

    /** Stories for sitemaps, newest first, each with the editions it is translated into. */
    public List<SitemapEntry> sitemap(StoryFilter filter, int max) {
        List<Long> ids = filtered("select a.id", filter, " order by a.publishedAt desc, a.id desc", Long.class)
                .setMaxResults(Math.min(max, MAX_SITEMAP_URLS)).getResultList();
        List<Article> articles = entities(ids);
        Map<Long, List<Translation>> translations = translationsOf(articles);
        return articles.stream().map(a -> {
            PublishedStory s = story(a, translations.getOrDefault(a.getId(), List.of()));
            return new SitemapEntry(s.edition(), s.path(), s.headline(), s.publishedAt(), s.modifiedAt(), s.translations());
        }).toList();
    }

    /** When anything of the edition last changed for readers, for a sitemap index's lastmod. */
    public Optional<Instant> lastChange(Edition edition) {
        Instant published = em.createQuery("select max(a.publishedAt) from Article a where a.edition = :e and a.status = :p",
                Instant.class).setParameter("e", edition).setParameter("p", ArticleStatus.PUBLISHED).getSingleResult();
        Instant updated = em.createQuery("select max(a.updatedAt) from Article a where a.edition = :e and a.status = :p",
                Instant.class).setParameter("e", edition).setParameter("p", ArticleStatus.PUBLISHED).getSingleResult();
        if (published == null) {
            return Optional.ofNullable(updated);
        }
        return Optional.of(updated != null && updated.isAfter(published) ? updated : published);
    }

    private <R> TypedQuery<R> filtered(String select, StoryFilter f, String order, Class<R> type) {
        StringBuilder jpql = new StringBuilder(select)
                .append(" from Article a join a.section s left join s.parent p where a.status = :published");
        Map<String, Object> params = new HashMap<>();
        params.put("published", ArticleStatus.PUBLISHED);
        if (f.edition() != null) {
            jpql.append(" and a.edition = :edition");
            params.put("edition", f.edition());
        }
        if (f.section() != null) {
            jpql.append(" and (s.slug = :section or p.slug = :section)");
            params.put("section", f.section());
        }
        if (f.region() != null) {
            jpql.append(" and exists (select r.id from a.regions r where r.slug = :region)");
            params.put("region", f.region());
        }
        if (f.tag() != null) {
            jpql.append(" and exists (select t.id from a.tags t where t.slug = :tag)");
            params.put("tag", f.tag());
        }
        if (f.coverage() != null) {
            jpql.append(" and exists (select c.id from a.coverages c where c.slug = :coverage)");
            params.put("coverage", f.coverage());
        }
        if (f.author() != null) {
            jpql.append(" and exists (select au.id from a.authors au where au.slug = :author)");
            params.put("author", f.author());
        }
        if (f.kind() != null) {
            jpql.append(" and a.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.publishedAfter() != null) {
            jpql.append(" and a.publishedAt >= :after");
            params.put("after", f.publishedAfter());
        }
        TypedQuery<R> query = em.createQuery(jpql.append(order).toString(), type);
        params.forEach(query::setParameter);
        return query;
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

    private Map<Long, List<Translation>> translationsOf(List<Article> articles) {
        Map<String, List<Article>> byGroup = articles.stream()
                .collect(Collectors.groupingBy(Article::getTranslationGroup, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<Translation>> result = new HashMap<>();
        for (List<String> groups : chunks(byGroup.keySet())) {
            List<Article> members = em.createQuery("select a from Article a join fetch a.section "
                            + "where a.translationGroup in :groups and a.status = :published order by a.edition", Article.class)
                    .setParameter("groups", groups).setParameter("published", ArticleStatus.PUBLISHED).getResultList();
            Map<String, List<Article>> membersByGroup = members.stream()
                    .collect(Collectors.groupingBy(Article::getTranslationGroup));
            for (String group : groups) {
                for (Article a : byGroup.get(group)) {
                    result.put(a.getId(), membersByGroup.getOrDefault(group, List.of()).stream()
                            .filter(m -> !m.getId().equals(a.getId()))
                            .map(m -> new Translation(m.getEdition(), pathOf(m))).toList());
                }
            }
        }
        return result;
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
        return "/" + a.getEdition().code() + "/" + a.getSection().path() + "/" + a.getSlug();
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
