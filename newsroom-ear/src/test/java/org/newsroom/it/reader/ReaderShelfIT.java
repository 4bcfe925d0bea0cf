package org.newsroom.it.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.media.MediaAsset;
import org.newsroom.domain.people.Author;
import org.newsroom.domain.taxonomy.Coverage;
import org.newsroom.domain.taxonomy.Region;
import org.newsroom.domain.taxonomy.Section;
import org.newsroom.domain.taxonomy.Tag;
import org.newsroom.editorial.media.ArticleImages;
import org.newsroom.editorial.taxonomy.TaxonomyDesk;
import org.newsroom.editorial.workflow.ArticleDetails;
import org.newsroom.editorial.workflow.ArticleText;
import org.newsroom.editorial.workflow.ArticleView;
import org.newsroom.editorial.workflow.ArticleWorkflow;
import org.newsroom.editorial.workflow.NewArticle;
import org.newsroom.it.support.AsRole;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.StaffApi;

/**
 * Inside the server: the reader shelf (schema V16: {@code reader_story}, {@code reader_story_term},
 * {@code reader_list_size}) stays equal, row by row, to what the editorial tables say readers can
 * see, after every change made through the services staff use: publish, unpublish, correction, an
 * editor's change of a published story's details (section, tags, regions, coverages, byline), tag
 * rename and merge, translation, scheduled publication and unpublication, embargo release, a lead
 * picture chosen on the draft and a new one chosen by an editor after publication. Each test also
 * checks the rows it changed and that every list it touched moved by exactly one. The services are
 * called as the role each needs ({@link AsRole}); an editor's change of a published story's details
 * goes through the staff API as the administrator, and its new lead picture as an editor's own
 * account (an {@link AsRole} runner has one role, and those changes want a writer who is an editor).
 *
 * <p>Other test classes write published stories straight into the {@code article} table, around
 * the workflow and so around the shelf. What already disagreed when a test began is taken as its
 * baseline and printed; the test fails on any disagreement it did not find there (its own stories
 * are new, so nothing about them is ever excused). Run alone, the baseline is empty.
 */
@ExtendWith(ArquillianExtension.class)
class ReaderShelfIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithRoles(ReaderShelfIT.class);
    }

    @EJB
    ArticleWorkflow workflow;

    @EJB
    TaxonomyDesk desk;

    @EJB
    ArticleImages images;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base = "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));

    /** Disagreements between the shelf and the stories found before the test changed anything. */
    private Drift baseline;

    @BeforeEach
    void noteWhatAlreadyDisagrees() {
        baseline = drift();
        if (!baseline.isEmpty()) {
            System.out.println("ReaderShelfIT: before this test the shelf already disagreed with stories written around the"
                    + " workflow (by other test classes); only new disagreements fail:\n" + baseline);
        }
    }

    // ---- the comparison ------------------------------------------------------------------------

    /** What reader_story must hold: the select of V16 and ReaderShelf, over every published story. */
    private static final String STORIES_EXPECTED = "select a.id, a.edition, a.section_id, coalesce(s.parent_id, s.id), a.kind,"
            + " a.headline, a.slug, a.summary, a.lead_media_id, a.translation_group, a.published_at, a.updated_at"
            + " from article a join section s on s.id = a.section_id where a.status = 'PUBLISHED'";

    private static final String STORIES_ON_SHELF = "select id, edition, section_id, top_section_id, kind, headline, slug, summary,"
            + " lead_media_id, translation_group, published_at, updated_at from reader_story";

    /** What reader_story_term must hold: each published story's regions, tags, coverages and authors. */
    private static final String TERMS_EXPECTED = termsOf("R", "article_region", "region_id") + " union "
            + termsOf("T", "article_tag", "tag_id") + " union " + termsOf("C", "article_coverage", "coverage_id") + " union "
            + termsOf("A", "article_author", "author_id");

    private static final String TERMS_ON_SHELF = "select story_id, term_kind, term_id, edition, published_at from reader_story_term";

    private static String termsOf(String kind, String table, String column) {
        return "select a.id as story_id, cast('" + kind + "' as varchar(1)) as term_kind, x." + column + " as term_id,"
                + " a.edition as edition, a.published_at as published_at from " + table
                + " x join article a on a.id = x.article_id where a.status = 'PUBLISHED'";
    }

    /** Every list's size as the stories say it must be (the keys of ListKeys, the sitemaps' months in UTC among them). */
    private static final String SIZES_EXPECTED = "select 'edition:' || a.edition, count(*) from article a"
            + " where a.status = 'PUBLISHED' group by a.edition"
            + " union all select 'top:' || cast(p.top_id as varchar(20)), count(*) from (select coalesce(s.parent_id, s.id) as top_id"
            + " from article a join section s on s.id = a.section_id where a.status = 'PUBLISHED') p group by p.top_id"
            + " union all select 'section:' || cast(a.section_id as varchar(20)), count(*) from article a"
            + " where a.status = 'PUBLISHED' group by a.section_id"
            + " union all select t.term_kind || ':' || cast(t.term_id as varchar(20)) || ':' || t.edition, count(*)"
            + " from (" + TERMS_EXPECTED + ") t group by t.term_kind, t.term_id, t.edition"
            + " union all select 'month:' || m.edition || ':' || cast(m.y as varchar(4)) || '-' || lpad(cast(m.mo as varchar(2)), 2, '0'),"
            + " count(*) from (select a.edition as edition, cast(extract(year from a.published_at at time zone 'UTC') as integer) as y,"
            + " cast(extract(month from a.published_at at time zone 'UTC') as integer) as mo from article a"
            + " where a.status = 'PUBLISHED') m group by m.edition, m.y, m.mo";

    /** Rows that are in one place and not in the other, both ways, and each list's size difference. */
    private record Drift(Set<String> storiesMissing, Set<String> storiesExtra, Set<String> termsMissing, Set<String> termsExtra,
                         Map<String, Long> sizeDifference) {

        boolean isEmpty() {
            return storiesMissing.isEmpty() && storiesExtra.isEmpty() && termsMissing.isEmpty() && termsExtra.isEmpty()
                    && sizeDifference.isEmpty();
        }

        /** What disagrees now and did not before. */
        Drift beyond(Drift before) {
            Map<String, Long> sizes = new TreeMap<>();
            Set<String> keys = new TreeSet<>(sizeDifference.keySet());
            keys.addAll(before.sizeDifference.keySet());
            for (String key : keys) {
                long now = sizeDifference.getOrDefault(key, 0L);
                long then = before.sizeDifference.getOrDefault(key, 0L);
                if (now != then) {
                    sizes.put(key, now - then);
                }
            }
            return new Drift(minus(storiesMissing, before.storiesMissing), minus(storiesExtra, before.storiesExtra),
                    minus(termsMissing, before.termsMissing), minus(termsExtra, before.termsExtra), sizes);
        }

        private static Set<String> minus(Set<String> a, Set<String> b) {
            Set<String> left = new TreeSet<>(a);
            left.removeAll(b);
            return left;
        }

        @Override
        public String toString() {
            StringBuilder out = new StringBuilder();
            section(out, "published stories missing from reader_story", storiesMissing);
            section(out, "reader_story rows the stories do not have", storiesExtra);
            section(out, "terms of published stories missing from reader_story_term", termsMissing);
            section(out, "reader_story_term rows the stories do not have", termsExtra);
            if (!sizeDifference.isEmpty()) {
                out.append("reader_list_size differs (list: stories say minus shelf says): ").append(sizeDifference).append('\n');
            }
            return out.toString();
        }

        private static void section(StringBuilder out, String title, Set<String> rows) {
            if (!rows.isEmpty()) {
                out.append(title).append(" (").append(rows.size()).append("):\n");
                rows.forEach(row -> out.append("  ").append(row).append('\n'));
            }
        }
    }

    private Drift drift() {
        return new Drift(rows(STORIES_EXPECTED + " except " + STORIES_ON_SHELF), rows(STORIES_ON_SHELF + " except " + STORIES_EXPECTED),
                rows("select * from (" + TERMS_EXPECTED + ") e except " + TERMS_ON_SHELF),
                rows(TERMS_ON_SHELF + " except select * from (" + TERMS_EXPECTED + ") e"),
                sizeDifference());
    }

    @SuppressWarnings("unchecked")
    private Set<String> rows(String sql) {
        Set<String> rows = new TreeSet<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            rows.add(row instanceof Object[] columns ? Arrays.toString(columns) : String.valueOf(row));
        }
        return rows;
    }

    /** Per list, the stories' count minus the shelf's; a missing key counts as 0, and lists that agree are left out. */
    @SuppressWarnings("unchecked")
    private Map<String, Long> sizeDifference() {
        Map<String, Long> difference = new TreeMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery(SIZES_EXPECTED).getResultList()) {
            difference.merge((String) row[0], ((Number) row[1]).longValue(), Long::sum);
        }
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select list_key, stories from reader_list_size").getResultList()) {
            difference.merge((String) row[0], -((Number) row[1]).longValue(), Long::sum);
        }
        difference.values().removeIf(v -> v == 0);
        return difference;
    }

    /** The whole shelf equals what the editorial tables say readers can see (beyond what disagreed before the test). */
    private void shelfMatchesTheStories() {
        Drift now = drift().beyond(baseline);
        assertTrue(now.isEmpty(), "the reader shelf disagrees with the stories:\n" + now);
    }

    // ---- what one story looks like on the shelf -------------------------------------------------

    private record ShelfRow(long sectionId, long topSectionId, String edition, String headline, String slug, String summary,
                            Long leadMediaId, String translationGroup, boolean publishedAtSet, boolean updatedAtSet) {
    }

    @SuppressWarnings("unchecked")
    private ShelfRow shelfRow(long id) {
        List<Object[]> rows = em.createNativeQuery("select section_id, top_section_id, edition, headline, slug, summary,"
                + " lead_media_id, translation_group, published_at, updated_at from reader_story where id = :id")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        return new ShelfRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], r[6] == null ? null : ((Number) r[6]).longValue(), (String) r[7], r[8] != null, r[9] != null);
    }

    /** The story's terms on the shelf, as "T:12". */
    @SuppressWarnings("unchecked")
    private Set<String> shelfTerms(long id) {
        Set<String> terms = new TreeSet<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select term_kind, term_id from reader_story_term where story_id = :id")
                .setParameter("id", id).getResultList()) {
            terms.add(row[0] + ":" + ((Number) row[1]).longValue());
        }
        return terms;
    }

    private long size(String key) {
        List<?> found = em.createNativeQuery("select stories from reader_list_size where list_key = :k").setParameter("k", key)
                .getResultList();
        return found.isEmpty() ? 0 : ((Number) found.get(0)).longValue();
    }

    private Map<String, Long> sizes(String... keys) {
        Map<String, Long> sizes = new TreeMap<>();
        for (String key : keys) {
            sizes.put(key, size(key));
        }
        return sizes;
    }

    /** Each list moved by exactly the given amount (pairs of key and change) since {@code before}. */
    private void sizesMoved(Map<String, Long> before, Object... keyAndChange) {
        Map<String, Long> expected = new TreeMap<>(before);
        for (int i = 0; i < keyAndChange.length; i += 2) {
            expected.merge((String) keyAndChange[i], ((Number) keyAndChange[i + 1]).longValue(), Long::sum);
        }
        assertEquals(expected, sizes(before.keySet().toArray(String[]::new)), "the lists' sizes");
    }

    private static String edition(String code) {
        return "edition:" + code;
    }

    private static String top(long id) {
        return "top:" + id;
    }

    private static String section(long id) {
        return "section:" + id;
    }

    private static String term(String kind, long id) {
        return kind + ":" + id + ":EN";
    }

    // ---- staff, stories and terms --------------------------------------------------------------

    private static <T> T writer(Callable<T> work) throws Exception {
        return AsRole.writer().call(work);
    }

    /**
     * A workflow transition through the staff API as the build's administrator. An editor's
     * transitions also release the story's lease, which asks for the writer role too, and an
     * {@link AsRole} runner has one role only.
     */
    private void transition(long id, String name, String json) throws Exception {
        String etag = adminApi("GET", "/articles/" + id, null, null).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> moved = adminApi("POST", "/articles/" + id + "/transitions/" + name, json == null ? "{}" : json, etag);
        assertEquals(200, moved.statusCode(), name + ": " + moved.body());
    }

    private static <T> T chief(Callable<T> work) throws Exception {
        return AsRole.chiefEditor().call(work);
    }

    /**
     * An editor's change of a published story's details. {@code describe} wants a writer who is
     * also an editor, and an {@link AsRole} runner has one role, so this goes through the staff API
     * as the build's administrator (all roles), as ArticleDetailsApiIT does.
     */
    private void describePublished(long id, Details details) throws Exception {
        HttpResponse<String> read = adminApi("GET", "/articles/" + id + "/details", null, null);
        assertEquals(200, read.statusCode(), read.body());
        String json = "{\"sectionId\":" + details.sectionId() + ",\"regionIds\":" + details.regions() + ",\"tagIds\":"
                + details.tags() + ",\"coverageIds\":" + details.coverages() + ",\"authorIds\":" + details.authors() + "}";
        HttpResponse<String> saved = adminApi("PUT", "/articles/" + id + "/details", json,
                read.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, saved.statusCode(), saved.body());
    }

    private HttpResponse<String> adminApi(String method, String path, String json, String ifMatch) throws Exception {
        return StaffApi.admin().send(method, path, ifMatch, json);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A section of the edition (stored by its enum name, EN): {@code id}, its parent (or null) and its path below the edition. */
    private record SectionRef(long id, Long parentId, String path) {
        long top() {
            return parentId == null ? id : parentId;
        }
    }

    @SuppressWarnings("unchecked")
    private List<SectionRef> sections(String edition) {
        List<SectionRef> sections = new ArrayList<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select s.id, s.parent_id, s.slug, p.slug from section s"
                + " left join section p on p.id = s.parent_id where s.edition = :e order by s.id").setParameter("e", edition)
                .getResultList()) {
            sections.add(new SectionRef(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).longValue(),
                    row[3] == null ? (String) row[2] : row[3] + "/" + row[2]));
        }
        return sections;
    }

    /**
     * This class's own top-level section of the edition, made on first use: its stories never
     * crowd the demo's lists that other test classes read (the first page of News, Opinion).
     */
    private SectionRef firstTopLevel(String edition) throws Exception {
        return ownSection(edition, "shelf-tests", null);
    }

    /** This class's own subsection under another top-level section than {@code not}. */
    private SectionRef elsewhereThan(SectionRef not) throws Exception {
        SectionRef parent = ownSection("EN", "shelf-tests-elsewhere", null);
        assertNotEquals(not.top(), parent.id());
        return ownSection("EN", "shelf-tests-below", parent);
    }

    private SectionRef ownSection(String edition, String slug, SectionRef parent) throws Exception {
        SectionRef found = sections(edition).stream()
                .filter(s -> s.path().equals(parent == null ? slug : parent.path() + "/" + slug)).findFirst().orElse(null);
        if (found != null) {
            return found;
        }
        String name = "Shelf tests " + slug;
        Section section = parent == null ? Section.topLevel(Edition.valueOf(edition), name, Slug.from(slug), 90)
                : em.find(Section.class, parent.id()).subsection(name, Slug.from(slug), 90);
        long id = persist(section);
        return new SectionRef(id, parent == null ? null : parent.id(), parent == null ? slug : parent.path() + "/" + slug);
    }

    private <T> long persist(T entity) throws Exception {
        tx.begin();
        em.persist(entity);
        tx.commit();
        return (Long) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
    }

    private long newTag(String name) throws Exception {
        return persist(new Tag(Edition.EN, name, Slug.from(name)));
    }

    private long newRegion() throws Exception {
        String name = unique("Shelf region");
        return persist(new Region(Edition.EN, name, Slug.from(name)));
    }

    private long newCoverage() throws Exception {
        String name = unique("Shelf coverage");
        return persist(new Coverage(Edition.EN, name, Slug.from(name), null));
    }

    private long newAuthor() throws Exception {
        String name = unique("Shelf author");
        return persist(new Author(name, Slug.from(name), null));
    }

    private long newPicture() throws Exception {
        MediaAsset picture = new MediaAsset(unique("shelf") + ".jpg", "image/jpeg", 1200, 800, Instant.now());
        picture.describe("A harbour at dawn", "The harbour", "Newsroom test");
        return persist(picture);
    }

    private long version(long id) {
        return em.find(Article.class, id).getVersion();
    }

    private ArticleStatus status(long id) {
        return em.find(Article.class, id).getStatus();
    }

    /** What a story's details say: section, regions, tags, coverages and byline (ids). */
    private record Details(long sectionId, List<Long> regions, List<Long> tags, List<Long> coverages, List<Long> authors) {
        ArticleDetails toSend() {
            return new ArticleDetails(null, sectionId, regions, tags, List.of(), coverages, authors, null, List.of(), null);
        }
    }

    /** A draft of the English edition, written and described through the workflow, then approved. */
    private long approvedStory(String headline, Details details) throws Exception {
        return approvedStory(headline, details, null);
    }

    /** The same with a lead picture, chosen by the writer on the draft. */
    private long approvedStory(String headline, Details details, Long picture) throws Exception {
        ArticleView draft = writer(() -> workflow.create(new NewArticle("en", headline, details.sectionId(), null, null)));
        long id = draft.id();
        writer(() -> workflow.save(id, version(id), new ArticleText(headline, "Summary of " + headline, "<p>Text.</p>")));
        writer(() -> workflow.describe(id, version(id), details.toSend()));
        if (picture != null) {
            writer(() -> images.setLead(id, version(id), picture));
        }
        writer(() -> workflow.submit(id, version(id)));
        transition(id, "approve", null);
        return id;
    }

    private long publishedStory(String headline, Details details) throws Exception {
        long id = approvedStory(headline, details);
        transition(id, "publish", null);
        return id;
    }

    private Details plainIn(SectionRef section) {
        return new Details(section.id(), List.of(), List.of(), List.of(), List.of());
    }

    /** Waits (the due-work timer ticks every 3 s) until the story reaches the status. */
    private void awaitStatus(long id, ArticleStatus wanted, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (status(id) != wanted && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(wanted, status(id), "story " + id + "'s status");
    }

    // ---- the tests -----------------------------------------------------------------------------

    @Test
    void aPublishedStoryGetsItsRowItsTermsAndEachOfItsListsOneMore() throws Exception {
        SectionRef section = elsewhereThan(firstTopLevel("EN"));
        long tag = newTag(unique("Shelf tag"));
        long region = newRegion();
        long coverage = newCoverage();
        long author = newAuthor();
        String headline = unique("Shelf publish");
        long id = approvedStory(headline, new Details(section.id(), List.of(region), List.of(tag), List.of(coverage), List.of(author)));
        assertNull(shelfRow(id), "an approved story is not on the shelf");
        shelfMatchesTheStories();
        Map<String, Long> before = sizes(edition("EN"), top(section.top()), section(section.id()), term("T", tag),
                term("R", region), term("C", coverage), term("A", author));

        transition(id, "publish", null);

        ShelfRow row = shelfRow(id);
        assertNotNull(row, "the published story is on the shelf");
        assertEquals(new ShelfRow(section.id(), section.top(), "EN", headline, em.find(Article.class, id).getSlug(),
                "Summary of " + headline, null, em.find(Article.class, id).getTranslationGroup(), true, false), row);
        assertEquals(Set.of("T:" + tag, "R:" + region, "C:" + coverage, "A:" + author), shelfTerms(id));
        sizesMoved(before, edition("EN"), 1, top(section.top()), 1, section(section.id()), 1, term("T", tag), 1,
                term("R", region), 1, term("C", coverage), 1, term("A", author), 1);
        shelfMatchesTheStories();
    }

    @Test
    void anUnpublishedStoryLeavesTheShelfAndEveryListItWasOn() throws Exception {
        SectionRef section = firstTopLevel("EN");
        long tag = newTag(unique("Shelf gone tag"));
        long author = newAuthor();
        long id = publishedStory(unique("Shelf unpublish"), new Details(section.id(), List.of(), List.of(tag), List.of(), List.of(author)));
        assertNotNull(shelfRow(id));
        shelfMatchesTheStories();
        Map<String, Long> before = sizes(edition("EN"), top(section.top()), section(section.id()), term("T", tag), term("A", author));

        transition(id, "unpublish", null);

        assertNull(shelfRow(id), "the unpublished story's row is gone");
        assertEquals(Set.of(), shelfTerms(id), "and its terms");
        sizesMoved(before, edition("EN"), -1, top(section.top()), -1, section(section.id()), -1, term("T", tag), -1,
                term("A", author), -1);
        shelfMatchesTheStories();

        // Published again: back, on the same lists.
        transition(id, "publish", null);
        assertNotNull(shelfRow(id));
        sizesMoved(before);
        shelfMatchesTheStories();
    }

    @Test
    void aCorrectionShowsAsAnUpdateAndMovesNoList() throws Exception {
        SectionRef section = firstTopLevel("EN");
        long id = publishedStory(unique("Shelf correction"), plainIn(section));
        assertFalse(shelfRow(id).updatedAtSet(), "not updated yet");
        Map<String, Long> before = sizes(edition("EN"), top(section.top()), section(section.id()));

        transition(id, "correct", "{\"body\":\"<p>Corrected text.</p>\",\"note\":\"The figure was wrong\"}");

        assertTrue(shelfRow(id).updatedAtSet(), "the shelf carries the correction's time");
        sizesMoved(before);
        shelfMatchesTheStories();
    }

    /**
     * An editor's change of a published story's details: its section (here to a subsection under
     * another top-level section), regions, tags and coverages. The text (headline, summary) of a
     * published story is not changed this way: a save is refused and leaves the shelf as it was;
     * describe keeps the slug too (tested in ArticleDetailsApiIT).
     */
    @Test
    void anEditorMovesAndReclassifiesAPublishedStoryAndTheShelfFollows() throws Exception {
        SectionRef from = firstTopLevel("EN");
        SectionRef to = elsewhereThan(from);
        long oldTag = newTag(unique("Shelf old tag"));
        long newTag = newTag(unique("Shelf new tag"));
        long oldRegion = newRegion();
        long newRegion = newRegion();
        long oldCoverage = newCoverage();
        long newCoverage = newCoverage();
        String headline = unique("Shelf move");
        long id = publishedStory(headline,
                new Details(from.id(), List.of(oldRegion), List.of(oldTag), List.of(oldCoverage), List.of()));
        ShelfRow was = shelfRow(id);
        assertEquals(from.id(), was.sectionId());
        shelfMatchesTheStories();
        Map<String, Long> before = sizes(edition("EN"), top(from.top()), top(to.top()), section(from.id()), section(to.id()),
                term("T", oldTag), term("T", newTag), term("R", oldRegion), term("R", newRegion), term("C", oldCoverage),
                term("C", newCoverage));

        HttpResponse<String> textOfPublished = adminApi("PUT", "/articles/" + id, "{\"headline\":\"" + headline
                + " rewritten\",\"summary\":\"Another summary\",\"body\":\"<p>Other.</p>\"}",
                adminApi("GET", "/articles/" + id, null, null).headers().firstValue("ETag").orElseThrow());
        assertEquals(409, textOfPublished.statusCode(), textOfPublished.body());
        assertEquals(was, shelfRow(id), "a refused save leaves the shelf as it was");

        describePublished(id, new Details(to.id(), List.of(newRegion), List.of(newTag), List.of(newCoverage), List.of()));

        ShelfRow row = shelfRow(id);
        assertEquals(to.id(), row.sectionId(), "section_id follows the move");
        assertEquals(to.top(), row.topSectionId(), "and top_section_id");
        assertNotEquals(was.topSectionId(), row.topSectionId());
        assertEquals(was.headline(), row.headline());
        assertEquals(Set.of("T:" + newTag, "R:" + newRegion, "C:" + newCoverage), shelfTerms(id));
        sizesMoved(before, top(from.top()), -1, top(to.top()), 1, section(from.id()), -1, section(to.id()), 1,
                term("T", oldTag), -1, term("T", newTag), 1, term("R", oldRegion), -1, term("R", newRegion), 1,
                term("C", oldCoverage), -1, term("C", newCoverage), 1);
        shelfMatchesTheStories();
    }

    @Test
    void aChangedBylineMovesTheStoryFromOneAuthorsListToTheOthers() throws Exception {
        SectionRef section = firstTopLevel("EN");
        long first = newAuthor();
        long second = newAuthor();
        long third = newAuthor();
        long id = publishedStory(unique("Shelf byline"), new Details(section.id(), List.of(), List.of(), List.of(), List.of(first)));
        assertEquals(Set.of("A:" + first), shelfTerms(id));
        Map<String, Long> before = sizes(term("A", first), term("A", second), term("A", third), edition("EN"));

        describePublished(id, new Details(section.id(), List.of(), List.of(), List.of(), List.of(second, third)));

        assertEquals(Set.of("A:" + second, "A:" + third), shelfTerms(id));
        sizesMoved(before, term("A", first), -1, term("A", second), 1, term("A", third), 1);
        shelfMatchesTheStories();
    }

    @Test
    void aRenamedTagKeepsItsStoriesOnTheShelf() throws Exception {
        long tag = newTag(unique("Shelf rename"));
        long id = publishedStory(unique("Shelf renamed tag"),
                new Details(firstTopLevel("EN").id(), List.of(), List.of(tag), List.of(), List.of()));
        Map<String, Long> before = sizes(term("T", tag));

        chief(() -> desk.renameTag(tag, unique("Shelf renamed")));

        assertEquals(Set.of("T:" + tag), shelfTerms(id));
        sizesMoved(before);
        shelfMatchesTheStories();
    }

    @Test
    void mergedTagsMoveTheirStoriesOnTheShelfToo() throws Exception {
        SectionRef section = firstTopLevel("EN");
        long from = newTag(unique("Shelf merge from"));
        long into = newTag(unique("Shelf merge into"));
        long onlyFrom = publishedStory(unique("Shelf merge one"), new Details(section.id(), List.of(), List.of(from), List.of(), List.of()));
        long both = publishedStory(unique("Shelf merge both"), new Details(section.id(), List.of(), List.of(from, into), List.of(), List.of()));
        shelfMatchesTheStories();
        Map<String, Long> before = sizes(term("T", from), term("T", into), edition("EN"));
        assertEquals(Map.of(term("T", from), 2L, term("T", into), 1L, edition("EN"), before.get(edition("EN"))), before);

        chief(() -> desk.mergeTags(from, into));

        shelfMatchesTheStories();
        assertEquals(Set.of("T:" + into), shelfTerms(onlyFrom));
        assertEquals(Set.of("T:" + into), shelfTerms(both));
        sizesMoved(before, term("T", from), -2, term("T", into), 1);
    }

    @Test
    void aPublishedTranslationIsASecondRowOfTheSameTranslationGroup() throws Exception {
        SectionRef english = firstTopLevel("EN");
        SectionRef spanish = firstTopLevel("ES");
        long author = newAuthor();
        long original = publishedStory(unique("Shelf original"), new Details(english.id(), List.of(), List.of(), List.of(), List.of(author)));
        Map<String, Long> before = sizes(edition("ES"), edition("EN"), section(spanish.id()), "A:" + author + ":ES", term("A", author));

        ArticleView translation = writer(() -> workflow.translate(original, "es", spanish.id()));
        long id = translation.id();
        assertNull(shelfRow(id), "a translation in progress is not on the shelf");
        writer(() -> workflow.submit(id, version(id)));
        transition(id, "approve", null);
        transition(id, "publish", null);

        ShelfRow row = shelfRow(id);
        assertNotNull(row);
        assertEquals("ES", row.edition());
        assertEquals(shelfRow(original).translationGroup(), row.translationGroup(), "both editions' rows share the group");
        assertEquals(em.find(Article.class, original).getTranslationGroup(), row.translationGroup());
        assertEquals(Set.of("A:" + author), shelfTerms(id), "the byline is copied");
        sizesMoved(before, edition("ES"), 1, section(spanish.id()), 1, "A:" + author + ":ES", 1);
        shelfMatchesTheStories();
    }

    /** Published by the due-work timer at its time, and taken down by it at its end. */
    @Test
    void aScheduledStoryIsShelvedWhenTheTimerPublishesItAndRemovedWhenItComesDown() throws Exception {
        SectionRef section = firstTopLevel("EN");
        long id = approvedStory(unique("Shelf scheduled"), plainIn(section));
        Map<String, Long> before = sizes(edition("EN"), section(section.id()), top(section.top()));
        Instant at = Instant.now().plusSeconds(2);
        transition(id, "schedule", "{\"publishAt\":\"" + at + "\",\"unpublishAt\":\"" + at.plusSeconds(6) + "\"}");
        assertNull(shelfRow(id), "scheduled, not yet published");
        shelfMatchesTheStories();

        awaitStatus(id, ArticleStatus.PUBLISHED, Duration.ofSeconds(20));
        assertNotNull(shelfRow(id), "the timer's publication put it on the shelf");
        sizesMoved(before, edition("EN"), 1, section(section.id()), 1, top(section.top()), 1);
        shelfMatchesTheStories();

        awaitStatus(id, ArticleStatus.UNPUBLISHED, Duration.ofSeconds(25));
        assertNull(shelfRow(id), "the timer's unpublication took it off");
        sizesMoved(before);
        shelfMatchesTheStories();
    }

    /** Due, but under embargo: held by the timer until the embargo ends, then published and shelved. */
    @Test
    void anEmbargoedStoryIsShelvedWhenTheEmbargoEnds() throws Exception {
        SectionRef section = firstTopLevel("EN");
        long id = approvedStory(unique("Shelf embargo"), plainIn(section));
        Map<String, Long> before = sizes(edition("EN"), section(section.id()));
        Instant at = Instant.now().plusSeconds(3);
        transition(id, "schedule", "{\"publishAt\":\"" + at + "\"}");
        transition(id, "embargo", "{\"embargoUntil\":\"" + at.plusSeconds(6) + "\"}");

        Thread.sleep(Duration.between(Instant.now(), at.plusSeconds(3)).toMillis()); // due, and still under embargo
        assertEquals(ArticleStatus.SCHEDULED, status(id));
        assertNull(shelfRow(id), "under embargo, not on the shelf");
        shelfMatchesTheStories();

        awaitStatus(id, ArticleStatus.PUBLISHED, Duration.ofSeconds(20));
        assertNotNull(shelfRow(id));
        sizesMoved(before, edition("EN"), 1, section(section.id()), 1);
        shelfMatchesTheStories();
    }

    /** The lead picture is on the shelf (teasers show it): chosen by the writer on the draft, shelved by the publication. */
    @Test
    void aPublishedStorysLeadPictureIsOnTheShelf() throws Exception {
        long picture = newPicture();
        SectionRef section = firstTopLevel("EN");
        long id = approvedStory(unique("Shelf picture"), plainIn(section), picture);
        Map<String, Long> before = sizes(edition("EN"), section(section.id()));

        transition(id, "publish", null);

        assertEquals(picture, shelfRow(id).leadMediaId());
        sizesMoved(before, edition("EN"), 1, section(section.id()), 1);
        shelfMatchesTheStories();
    }

    // ---- what readers see ----------------------------------------------------------------------

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The page as soon as it passes the check: a cached copy goes when the change message arrives, asynchronously. */
    private HttpResponse<String> awaitPage(String path, Predicate<String> check) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        HttpResponse<String> response = get(path);
        while (!(response.statusCode() == 200 && check.test(response.body())) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            response = get(path);
        }
        return response;
    }

    @Test
    void readersFindAPublishedStoryOnItsSectionsFirstPageAndInThePublicApi() throws Exception {
        SectionRef section = firstTopLevel("EN");
        String slugOfSection = section.path();
        String sectionPage = "/en/" + slugOfSection + "/";
        String api = "/api/v1/articles?edition=en&section=" + slugOfSection;
        assertEquals(200, get(sectionPage).statusCode(), "the section page, now possibly cached without the story");
        assertEquals(200, get(api).statusCode());
        String headline = unique("Shelf readers see");
        long id = publishedStory(headline, plainIn(section));
        shelfMatchesTheStories();

        HttpResponse<String> page = awaitPage(sectionPage, body -> body.contains(headline));
        assertTrue(page.body().contains(headline), "the section page's first page lists " + headline);
        String path = Edition.EN.storyPath(slugOfSection, em.find(Article.class, id).getSlug());
        assertTrue(page.body().contains("href=\"" + path + "\""), "with a link to " + path);
        HttpResponse<String> listed = awaitPage(api, body -> body.contains(headline));
        assertTrue(listed.body().contains(headline), "the public API lists " + headline + ": " + listed.body());
        assertTrue(listed.body().contains("\"id\":" + id), listed.body());
    }

    /**
     * A new lead picture on a story that is already published, chosen by another person than its
     * writer: an editor (a real account, signed in to the staff API, with the writer's powers
     * too, as every editor has) changes it. The shelf is restocked with it in the same
     * transaction, the lists keep their sizes, and the pages that showed the old picture are
     * dropped: the section page's teaser and the public API show the new one.
     */
    @Test
    void aNewLeadPictureOnAPublishedStoryReachesTheShelfTheSectionPageAndTheApi() throws Exception {
        long first = newPicture();
        long second = newPicture();
        SectionRef section = firstTopLevel("EN");
        String headline = unique("Shelf new picture");
        long id = approvedStory(headline, plainIn(section), first);
        transition(id, "publish", null);
        assertEquals(first, shelfRow(id).leadMediaId());
        String sectionPage = "/en/" + section.path() + "/";
        String api = "/api/v1/articles?edition=en&section=" + section.path();
        // Both pages now in the cache with the first picture.
        assertTrue(awaitPage(sectionPage, body -> body.contains(headline)).body().contains("/media/" + first + "/320"),
                "the section page's teaser shows the first picture");
        assertTrue(awaitPage(api, body -> body.contains(headline)).body().contains("/media/" + first + "/"),
                "the API shows the first picture");
        Map<String, Long> before = sizes(edition("EN"), section(section.id()), top(section.top()));

        StaffApi editor = StaffApi.as(StaffApi.createAccount("shelf-editor", "EDITOR"));
        assertNotEquals(AsRole.writer().callerName(), editor.username(), "the writer and the editor are two people");
        HttpResponse<String> story = editor.get("/articles/" + id);
        assertEquals(200, story.statusCode(), story.body());
        HttpResponse<String> changed = editor.send("PUT", "/articles/" + id + "/lead", StaffApi.etag(story),
                "{\"mediaId\":" + second + "}");
        assertEquals(200, changed.statusCode(), changed.body());

        assertEquals(second, shelfRow(id).leadMediaId(), "the shelf carries the new picture");
        sizesMoved(before);
        shelfMatchesTheStories();
        HttpResponse<String> page = awaitPage(sectionPage, body -> body.contains("/media/" + second + "/320"));
        assertTrue(page.body().contains("/media/" + second + "/320"), "the section page's teaser shows the new picture");
        assertFalse(page.body().contains("/media/" + first + "/"), "and no longer the old one");
        HttpResponse<String> listed = awaitPage(api, body -> body.contains("/media/" + second + "/"));
        assertTrue(listed.body().contains("/media/" + second + "/"), "the API shows the new picture: " + listed.body());
        assertFalse(listed.body().contains("/media/" + first + "/"), listed.body());
    }
}
