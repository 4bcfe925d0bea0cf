package org.newsroom.editorial.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.article.GalleryImage;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.media.MediaAsset;
import org.newsroom.editorial.bodyhtml.BodySanitizer;
import org.newsroom.editorial.preview.StoryPreviews;

/**
 * The one loader of whole stories ({@link PublishedStory}) for the article page, the JSON API and
 * the feeds, each in a fixed number of statements: a single story is one row and one query for its
 * terms; a page of a filtered list is one range of the shelf ({@link ShelfQuery}) with the story's
 * own columns joined by key, and one query for the whole page's terms, never an entity. The article
 * page asks for its own parts ({@link #pageParts}) on top. Taxonomy lookups are the
 * {@link ReaderCatalog}'s, sitemaps are {@link StorySitemaps}'. Anonymous by design; every story
 * read carries {@code status = PUBLISHED} or comes off the shelf, except a staff preview's.
 */
@Stateless
@PermitAll
public class PublishedStories {

    public static final int MAX_PAGE_SIZE = ReaderCatalog.MAX_PAGE_SIZE;

    private static final String ARTICLE = "from article a left join media_asset m on m.id = a.lead_media_id ";

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @EJB
    ReaderTaxonomy taxonomy;

    @EJB
    ReaderCatalog catalog;

    @EJB
    StoryPreviews previews;

    public Optional<PublishedStory> byId(long id) {
        return single(ARTICLE + "where a.id = :id and a.status = :published", Map.of("id", id, "published", published()));
    }

    /** A published story by its slug, which is unique within an edition. */
    public Optional<PublishedStory> bySlug(Edition edition, String slug) {
        return single(ARTICLE + "where a.edition = :edition and a.slug = :slug and a.status = :published",
                Map.of("edition", edition.name(), "slug", slug, "published", published()));
    }

    /**
     * Any story, whatever its status, for a staff preview pass that is still valid (see
     * {@link StoryPreviews}); empty for a missing, expired or made-up pass.
     */
    public Optional<PublishedStory> preview(String token) {
        return previews.storyFor(token).flatMap(id -> single(ARTICLE + "where a.id = :id", Map.of("id", id)));
    }

    /**
     * Newest first; {@code page} counts from 0 here (the API's way), {@code size} is clamped to 1..{@value #MAX_PAGE_SIZE}.
     * Without bodies (the API's lists show none). The total comes from the shelf's list sizes when
     * the filter is exactly one list, and is counted otherwise. A page past the last one is empty
     * (the API answers it so), not refused as the reader site's pagers are.
     */
    public StoryPage<PublishedStory> list(StoryFilter filter, int page, int size) {
        int pageSize = ReaderCatalog.clamp(size);
        int fromZero = Math.max(page, 0);
        ShelfQuery query = ShelfQuery.of(filter);
        List<PublishedStory> items = withTerms(query.rows(em, StoryRows.columns("r", false), fromZero * pageSize, pageSize));
        long total = query.total(em);
        return new StoryPage<>(items, fromZero + 1, StoryPage.pageCount(total, pageSize), total);
    }

    /** The newest stories a filter selects, with their bodies and without a total: feeds. */
    public List<PublishedStory> newest(StoryFilter filter, int size) {
        return withTerms(ShelfQuery.of(filter).rows(em, StoryRows.columns("r", true), 0, ReaderCatalog.clamp(size)));
    }

    /**
     * What only the article page shows: pictures with their renditions, gallery, live entries and
     * related stories. A story that is not a gallery or live story, or whose body shows no library
     * picture, costs no query for those parts.
     */
    public ArticlePageParts pageParts(PublishedStory story) {
        List<GalleryImage> gallery = story.kind() != ArticleKind.GALLERY ? List.of()
                : em.createQuery("select g from GalleryImage g join fetch g.image "
                        + "where g.article.id = :id order by g.position", GalleryImage.class)
                .setParameter("id", story.id()).getResultList();
        List<MediaAsset> bodyAssets = bodyAssets(story.body());
        List<Long> mediaIds = new ArrayList<>();
        if (story.leadImage() != null) {
            mediaIds.add(story.leadImage().id());
        }
        gallery.forEach(g -> mediaIds.add(g.getImage().getId()));
        bodyAssets.forEach(m -> mediaIds.add(m.getId()));
        Map<Long, List<Integer>> widths = renditionWidths(mediaIds);
        LeadImage lead = story.leadImage();
        return new ArticlePageParts(
                lead == null ? null : new MediaView(lead.id(), lead.width(), lead.height(), lead.altText(), lead.caption(),
                        lead.credit(), widths.getOrDefault(lead.id(), List.of())),
                catalog.related(story.id()),
                gallery.stream().map(g -> new GalleryItem(media(g.getImage(), widths), g.getCaption())).toList(),
                story.kind() != ArticleKind.LIVE ? List.of()
                        : em.createQuery("select new org.newsroom.editorial.catalog.LiveEntryView(e.id, e.headline, e.body, "
                                + "e.postedAt) from LiveEntry e where e.article.id = :id order by e.postedAt desc, e.id desc",
                                LiveEntryView.class)
                        .setParameter("id", story.id()).getResultList(),
                bodyAssets.stream().collect(Collectors.toMap(MediaAsset::getId, m -> media(m, widths))));
    }

    private static String published() {
        return ArticleStatus.PUBLISHED.name();
    }

    @SuppressWarnings("unchecked")
    private Optional<PublishedStory> single(String fromAndWhere, Map<String, Object> parameters) {
        Query query = em.createNativeQuery(StoryRows.columns("a", true) + fromAndWhere);
        parameters.forEach(query::setParameter);
        return withTerms(query.getResultList()).stream().findFirst();
    }

    /** The rows' stories with their terms: one more statement for all of them, none when there are no rows. */
    private List<PublishedStory> withTerms(List<Object[]> rows) {
        return StoryRows.stories(rows, StoryTerms.of(em, StoryRows.ids(rows)), taxonomy);
    }

    /** The described library pictures the body shows; one query, and none for a body without pictures. */
    private List<MediaAsset> bodyAssets(String body) {
        if (body == null || !body.contains("<img")) {
            return List.of();
        }
        List<Long> ids = Jsoup.parseBodyFragment(body).select("img[src]").stream()
                .map(img -> BodySanitizer.mediaAsset(img.attr("src")))
                .flatMap(Optional::stream).distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from MediaAsset m where m.id in :ids", MediaAsset.class)
                .setParameter("ids", ids).getResultStream().filter(MediaAsset::isDescribed).toList();
    }

    private Map<Long, List<Integer>> renditionWidths(List<Long> assetIds) {
        Map<Long, List<Integer>> widths = new HashMap<>();
        if (assetIds.isEmpty()) {
            return widths;
        }
        // Plain SQL: Hibernate translates a JPQL query with a list parameter to SQL again on every call, which made this small
        // read a tenth of an uncached article page (docs/speed.md, the render's profile).
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select asset_id, width from media_rendition where asset_id in (:ids) "
                        + "order by width")
                .setParameter("ids", assetIds)
                .getResultList();
        rows.forEach(row -> widths.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                .add(((Number) row[1]).intValue()));
        return widths;
    }

    private static MediaView media(MediaAsset asset, Map<Long, List<Integer>> widths) {
        return new MediaView(asset.getId(), asset.getWidth(), asset.getHeight(), asset.getAltText(), asset.getCaption(),
                asset.getCredit(), widths.getOrDefault(asset.getId(), List.of()));
    }
}
