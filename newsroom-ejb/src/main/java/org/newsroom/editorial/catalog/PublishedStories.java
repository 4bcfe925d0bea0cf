package org.newsroom.editorial.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.media.MediaAsset;
import org.newsroom.domain.taxonomy.TaxonomyTerm;

/**
 * Whole published stories (body, byline, terms, picture) for the JSON API and the feeds: a single
 * story, and a filtered list read off the shelf ({@link ShelfQuery}) whose stories are then loaded
 * in one query. Taxonomy lookups are the {@link ReaderCatalog}'s, sitemaps are {@link StorySitemaps}'.
 * Anonymous by design; every story query carries {@code status = PUBLISHED}.
 */
@Stateless
@PermitAll
public class PublishedStories {

    public static final int MAX_PAGE_SIZE = ReaderCatalog.MAX_PAGE_SIZE;
    private static final int IN_CHUNK = 500;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @EJB
    ReaderTaxonomy taxonomy;

    @EJB
    ReaderCatalog catalog;

    public Optional<PublishedStory> byId(long id) {
        Article article = em.find(Article.class, id);
        if (article == null || article.getStatus() != ArticleStatus.PUBLISHED) {
            return Optional.empty();
        }
        List<Translation> others = catalog.translations(article.getTranslationGroup()).stream()
                .filter(t -> t.edition() != article.getEdition()).toList();
        return Optional.of(story(article, others));
    }

    public Optional<PublishedStory> bySlug(Edition edition, String slug) {
        return em.createQuery("select a.id from Article a where a.edition = :e and a.slug = :slug and a.status = :published",
                        Long.class)
                .setParameter("e", edition).setParameter("slug", slug)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream().findFirst().flatMap(this::byId);
    }

    /**
     * Newest first; {@code page} counts from 0 here (the API's way), {@code size} is clamped to 1..{@value #MAX_PAGE_SIZE}.
     * Read off the reader shelf: the filter picks the one index that serves it (a term's list, a
     * section's, the edition's), the other conditions filter that range; the total comes from the
     * shelf's list sizes when the filter is exactly one list, and is counted otherwise. A page past
     * the last one is empty (the API answers it so), not refused as the reader site's pagers are.
     */
    public StoryPage<PublishedStory> list(StoryFilter filter, int page, int size) {
        int pageSize = ReaderCatalog.clamp(size);
        int fromZero = Math.max(page, 0);
        ShelfQuery query = ShelfQuery.of(filter);
        List<Long> ids = query.ids(em, fromZero * pageSize, pageSize);
        long total = query.total(em);
        return new StoryPage<>(load(ids), fromZero + 1, StoryPage.pageCount(total, pageSize), total);
    }

    /** The newest stories a filter selects, without a total: feeds. */
    public List<PublishedStory> newest(StoryFilter filter, int size) {
        return load(ShelfQuery.of(filter).ids(em, 0, ReaderCatalog.clamp(size)));
    }

    /** Whole stories for the given ids, in the given order (lists leave translations out). */
    private List<PublishedStory> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = new HashMap<>();
        for (int i = 0; i < ids.size(); i += IN_CHUNK) {
            em.createQuery("select a from Article a join fetch a.section "
                            + "left join fetch a.leadMedia where a.id in :ids and a.status = :published", Article.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + IN_CHUNK)))
                    .setParameter("published", ArticleStatus.PUBLISHED)
                    .getResultList().forEach(a -> byId.put(a.getId(), a));
        }
        return ids.stream().map(byId::get).filter(a -> a != null).map(a -> story(a, List.of())).toList();
    }

    private PublishedStory story(Article a, List<Translation> translations) {
        SectionView section = taxonomy.sectionOf(a.getSection());
        return new PublishedStory(a.getId(), a.getEdition(), a.getKind(), a.getHeadline(), a.getSlug(),
                a.getEdition().storyPath(section.path(), a.getSlug()),
                a.getSummary(), a.getBody(), a.getSource(), a.getVideoUrl(), section,
                terms(a.getRegions()), terms(a.getTags()), terms(a.getCoverages()),
                a.getAuthors().stream().map(au -> new AuthorView(au.getId(), au.getSlug(), au.getName(), au.getBio())).toList(),
                image(a.getLeadMedia()), a.getTranslationGroup(), translations, a.getWordCount(), a.getPublishedAt(),
                a.getUpdatedAt());
    }

    /** By id: the order the API has always given them in. */
    private static List<TermView> terms(Collection<? extends TaxonomyTerm> terms) {
        return terms.stream().map(t -> new TermView(t.getId(), t.getSlug(), t.getName(), null))
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
}
