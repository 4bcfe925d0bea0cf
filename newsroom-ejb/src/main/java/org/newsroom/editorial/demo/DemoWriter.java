package org.newsroom.editorial.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.breaking.BreakingItem;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.media.MediaAsset;
import org.newsroom.domain.people.Author;
import org.newsroom.domain.revision.Revision;
import org.newsroom.domain.staff.Role;
import org.newsroom.domain.taxonomy.Coverage;
import org.newsroom.domain.taxonomy.Region;
import org.newsroom.domain.taxonomy.Section;
import org.newsroom.domain.taxonomy.Tag;
import org.newsroom.editorial.catalog.ReaderShelf;

/**
 * Writes the demo in batches, each in its own transaction, so a 100,000-story corpus
 * never needs one huge transaction. Runs only at first start, called by {@link DemoContent}
 * as an administrator: nobody else may write demo content.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class DemoWriter {

    static final int BATCH = 300;
    static final int PICTURES = 24;
    private static final String SYSTEM = "demo";
    /** Headline parts combine into this many different headlines; {@link #STRIDE} walks them all in a scattered order. */
    private static final int COMBINATIONS = 16 * 12 * 16 * 8;
    private static final int STRIDE = 7919;
    /** Keys below this hold the first live story of each edition (35, 47 and 59: see DemoKindsTest). */
    private static final int FIRST_LIVE_IN_EVERY_EDITION = 60;
    private static final Logger LOG = Logger.getLogger(DemoWriter.class.getName());

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    DemoWriter self;

    @EJB
    ReaderShelf shelf;

    public boolean hasContent() {
        return em.createQuery("select count(s) from Section s", Long.class).getSingleResult() > 0;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createTaxonomyAndPictures() {
        for (Edition edition : Edition.values()) {
            int position = 0;
            for (Taxonomy.SectionDef def : Taxonomy.SECTIONS) {
                Section top = Section.topLevel(edition, def.names().in(edition), Slug.of(def.slug()), position++);
                em.persist(top);
                int childPosition = 0;
                for (Taxonomy.SectionDef child : def.children()) {
                    em.persist(top.subsection(child.names().in(edition), Slug.of(child.slug()), childPosition++));
                }
            }
            Taxonomy.REGIONS.forEach(r -> em.persist(new Region(edition, r.names().in(edition), Slug.of(r.slug()))));
            Taxonomy.TAGS.forEach(t -> em.persist(new Tag(edition, t.names().in(edition), Slug.of(t.slug()))));
            Taxonomy.COVERAGES.forEach(c -> em.persist(new Coverage(edition, c.names().in(edition), Slug.of(c.slug()),
                    c.descriptions().in(edition))));
        }
        Taxonomy.AUTHORS.forEach(a -> em.persist(new Author(a.name(), Slug.of(a.slug()), a.bio())));
        Instant now = clock.instant();
        for (int i = 0; i < PICTURES; i++) {
            int width = Pictures.WIDTHS[Pictures.WIDTHS.length - 1];
            int height = width * 9 / 16;
            MediaAsset picture = new MediaAsset("demo-" + (i + 1) + ".png", "image/png", width, height, now);
            picture.describe("An abstract landscape of soft shapes over hills, picture " + (i + 1),
                    "Illustration for the demo newsroom", "Newsroom demo");
            for (int w : Pictures.WIDTHS) {
                picture.addRendition(w, w * 9 / 16, "image/png", Pictures.png(i, w, w * 9 / 16));
            }
            em.persist(picture);
        }
    }

    @Asynchronous
    public void createRemainingInBackground(int from, int total) {
        for (int start = from; start < total; start += BATCH) {
            self.createStories(start, Math.min(total, start + BATCH));
            if ((start / BATCH) % 20 == 0) {
                int done = Math.min(total, start + BATCH);
                LOG.info(() -> "Newsroom: demo stories written: " + done + " of " + total);
            }
        }
        LOG.info(() -> "Newsroom: all " + total + " demo stories written");
    }

    /** Writes the stories numbered {@code from} (inclusive) to {@code to} (exclusive). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createStories(int from, int to) {
        Context context = new Context();
        Instant now = clock.instant();
        int written = 0;
        List<Long> stories = new ArrayList<>();
        for (int key = from; written < to - from; key++) {
            List<Edition> editions = key % 4 == 0 ? List.of(Edition.EN, Edition.AR, Edition.ES) : List.of(editionOf(key));
            Article original = null;
            for (Edition edition : editions) {
                if (written == to - from) {
                    break;
                }
                Article story = story(context, key, edition, now);
                if (original == null) {
                    original = story;
                } else {
                    story.translationOf(original);
                }
                em.persist(story);
                stories.add(story.getId());
                em.persist(new Revision(story.getId(), 1, story.getCreatedAt(), SYSTEM, Revision.Reason.CREATED,
                        story.getHeadline(), story.getSummary(), story.getBody(), "headline,summary,body"));
                written++;
            }
            if (key % 50 == 0) {
                em.flush();
                em.clear();
                context = new Context();
            }
        }
        shelf.restock(stories);
    }

    /**
     * The edition of a story written in one edition only. The section comes from {@code key % 12}
     * ({@link #sectionFor}); taking the edition from {@code key / 12} walks the editions in turn for
     * each section, so every kind of story (galleries, live, analysis, blog …) appears in every edition.
     */
    static Edition editionOf(int key) {
        return Edition.values()[(key / 12) % 3];
    }

    private Article story(Context context, int key, Edition edition, Instant now) {
        Phrases words = Phrases.of(edition);
        int mix = (int) ((long) key * STRIDE % COMBINATIONS);
        String headline = words.subjects().get(mix % 16) + " " + words.verbs().get(mix / 16 % 12) + " "
                + words.objects().get(mix / 192 % 16) + " " + words.places().get(mix / 3072 % 8);
        Taxonomy.SectionDef def = sectionFor(key);
        Section section = context.sections.get(edition).get(def.slug());
        Instant published = now.minus(Duration.ofMinutes(7 + (long) key * (key < 1000 ? 37 : 2)));
        Article story = new Article(edition, def.kind(), headline, section, SYSTEM, published.minus(Duration.ofHours(3)));
        // Two headlines of one language can make the same slug (accents dropped), which stopped the
        // 100,000-story corpus at its first batch; past the deploy-time demo every slug carries its key.
        if (key >= BATCH) {
            story.changeSlug(Slug.from(headline).withSuffix(key));
        }
        story.edit(headline, sentence(words, mix + 3) + " " + sentence(words, mix + 8), body(words, mix, key));
        List<Author> byline = new ArrayList<>(List.of(context.authors.get(key % context.authors.size())));
        if (key % 3 == 0) {
            byline.add(context.authors.get((key + 5) % context.authors.size()));
        }
        story.credit(byline, words.sources().get(key % words.sources().size()));
        List<Region> regions = context.regions.get(edition);
        List<Tag> tags = context.tags.get(edition);
        List<Coverage> coverages = context.coverages.get(edition);
        story.classify(
                key % 5 == 0 ? List.of(regions.get(key % regions.size()), regions.get((key + 3) % regions.size()))
                        : List.of(regions.get(key % regions.size())),
                List.of(tags.get(key % tags.size()), tags.get((key * 7 + 1) % tags.size())),
                key % 6 == 0 ? List.of(coverages.get(key % coverages.size())) : List.of());
        story.illustrate(context.pictures.get(key % context.pictures.size()));
        if (def.kind() == ArticleKind.GALLERY) {
            for (int i = 1; i <= 5; i++) {
                story.addGalleryImage(context.pictures.get((key + i) % context.pictures.size()), sentence(words, mix + i));
            }
        }
        if (def.kind() == ArticleKind.LIVE) {
            // The first live story of each edition is still running: its newest entry is minutes old.
            Instant newest = key < FIRST_LIVE_IN_EVERY_EDITION ? now.minus(Duration.ofMinutes(3)) : published.plus(Duration.ofHours(1));
            for (int i = 5; i >= 0; i--) {
                story.addLiveEntry(null, "<p>" + words.liveUpdates().get((key + i) % words.liveUpdates().size()) + "</p>",
                        newest.minus(Duration.ofMinutes(12L * i)), SYSTEM);
            }
        }
        // A few stories stay in the newsroom so the console has work to show.
        switch (key % 50) {
            case 49 -> {
                return story;
            }
            case 48 -> {
                story.submitForReview();
                return story;
            }
            default -> {
                story.submitForReview();
                story.approve();
                story.publish(published);
            }
        }
        if (key % 40 == 5) {
            story.correct(story.getBody(), correctionNote(edition), published.plus(Duration.ofHours(2)));
        }
        return story;
    }

    private static String correctionNote(Edition edition) {
        return switch (edition) {
            case EN -> "An earlier version of this story gave the wrong date for the next meeting.";
            case ES -> "Una versión anterior de esta noticia daba una fecha equivocada para la próxima reunión.";
            case AR -> "ذكرت نسخة سابقة من هذا الخبر موعدًا خاطئًا للاجتماع المقبل.";
        };
    }

    static Taxonomy.SectionDef sectionFor(int key) {
        Taxonomy.SectionDef news = Taxonomy.SECTIONS.get(0);
        if (key % 10 < 5) {
            return news.children().get(key % news.children().size());
        }
        List<Taxonomy.SectionDef> others = Taxonomy.SECTIONS.stream().skip(1)
                .flatMap(s -> s.children().isEmpty() ? java.util.stream.Stream.of(s) : s.children().stream())
                .toList();
        return others.get(key % others.size());
    }

    private static String sentence(Phrases words, int n) {
        return words.sentences().get(Math.floorMod(n, words.sentences().size()));
    }

    private static String body(Phrases words, int mix, int key) {
        StringBuilder html = new StringBuilder();
        int paragraphs = 4 + key % 4;
        for (int p = 0; p < paragraphs; p++) {
            if (p == 2) {
                html.append("<h2>").append(words.subheads().get((mix + p) % words.subheads().size())).append("</h2>");
            }
            html.append("<p>");
            for (int s = 0; s < 4; s++) {
                html.append(sentence(words, mix * 3 + p * 5 + s)).append(' ');
            }
            html.setLength(html.length() - 1);
            html.append("</p>");
            if (p == 3) {
                html.append("<blockquote><p>").append(words.quotes().get(mix % words.quotes().size()))
                        .append("</p></blockquote>");
            }
        }
        return html.toString();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void createBreakingItems() {
        Instant now = clock.instant();
        for (Edition edition : Edition.values()) {
            List<String> lines = Phrases.of(edition).breaking();
            for (int i = 0; i < lines.size(); i++) {
                Instant posted = now.minus(Duration.ofMinutes(20L * (lines.size() - i)));
                em.persist(new BreakingItem(edition, lines.get(i), null, posted, SYSTEM, now.plus(Duration.ofHours(12))));
            }
        }
    }

    /** The taxonomy and pictures, loaded once per batch. */
    private final class Context {
        final Map<Edition, Map<String, Section>> sections = byEdition(Section.class, Section::getSlug);
        final Map<Edition, List<Region>> regions = listByEdition(Region.class);
        final Map<Edition, List<Tag>> tags = listByEdition(Tag.class);
        final Map<Edition, List<Coverage>> coverages = listByEdition(Coverage.class);
        final List<Author> authors = em.createQuery("select a from Author a order by a.id", Author.class).getResultList();
        final List<MediaAsset> pictures = em.createQuery("select m from MediaAsset m where m.fileName like 'demo-%' order by m.id",
                MediaAsset.class).getResultList();

        private <T extends org.newsroom.domain.taxonomy.TaxonomyTerm> Map<Edition, Map<String, T>> byEdition(
                Class<T> type, Function<T, String> key) {
            Map<Edition, Map<String, T>> result = new EnumMap<>(Edition.class);
            for (Edition edition : Edition.values()) {
                result.put(edition, new HashMap<>());
            }
            all(type).forEach(t -> result.get(t.getEdition()).put(key.apply(t), t));
            return result;
        }

        private <T extends org.newsroom.domain.taxonomy.TaxonomyTerm> Map<Edition, List<T>> listByEdition(Class<T> type) {
            return all(type).stream().collect(Collectors.groupingBy(T::getEdition, () -> new EnumMap<>(Edition.class),
                    Collectors.toList()));
        }

        private <T> List<T> all(Class<T> type) {
            return em.createQuery("select t from " + type.getSimpleName() + " t order by t.id", type).getResultList();
        }
    }
}
