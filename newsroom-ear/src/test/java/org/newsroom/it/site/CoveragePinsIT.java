package org.newsroom.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.Refusals.deniedForRole;
import static org.newsroom.it.support.Refusals.refusal;

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
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.taxonomy.Coverage;
import org.newsroom.domain.taxonomy.Section;
import org.newsroom.domain.taxonomy.Tag;
import org.newsroom.editorial.taxonomy.CoveragePins;
import org.newsroom.editorial.taxonomy.TaxonomyDesk;
import org.newsroom.editorial.taxonomy.TermView;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.AsRole;

/**
 * Hand ordering of a coverage: pinned published stories lead its reader page in the chosen
 * order, the rest follow newest first; the page changes as soon as the pins do (the cached
 * page is dropped); a story out of the coverage is never pinned; only chief editors pin.
 * Each test makes its own coverage and stories, so other tests' publishing does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class CoveragePinsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithRoles(CoveragePinsIT.class);
    }

    @EJB
    CoveragePins pins;

    @EJB
    TaxonomyDesk desk;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base = "http://localhost:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0));

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A coverage of the English edition holding new stories published {@code hoursAgo} (null: a draft), in that order. */
    private Curated coverageWith(Integer... hoursAgo) throws Exception {
        AsRole chief = AsRole.chiefEditor();
        TermView coverage = chief.call(() -> desk.createCoverage(Edition.EN, unique("Pinned coverage"), null));
        List<Long> stories = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        for (Integer hours : hoursAgo) {
            String headline = unique(hours == null ? "Draft" : "Story " + hours + "h ago");
            long id = newStory(headline, hours);
            chief.call(() -> desk.curate(coverage.id(), id, true));
            stories.add(id);
            headlines.add(headline);
        }
        return new Curated(coverage.id(), "/en/coverage/" + coverage.slug() + "/", stories, headlines);
    }

    private record Curated(long id, String path, List<Long> stories, List<String> headlines) {
        long story(int i) {
            return stories.get(i);
        }

        String headline(int i) {
            return headlines.get(i);
        }
    }

    private long newStory(String headline, Integer publishedHoursAgo) throws Exception {
        tx.begin();
        Section section = em.createQuery("select s from Section s where s.edition = :e order by s.id", Section.class)
                .setParameter("e", Edition.EN).setMaxResults(1).getSingleResult();
        Article story = new Article(Edition.EN, ArticleKind.NEWS, headline, section, "site-test", Instant.now());
        if (publishedHoursAgo != null) {
            story.submitForReview();
            story.approve();
            story.publish(Instant.now().minus(Duration.ofHours(publishedHoursAgo)));
        }
        em.persist(story);
        tx.commit();
        return story.getId();
    }

    private List<String> headlinesOn(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body()).select("main .teaser-title a").stream().map(Element::text).toList();
    }

    /**
     * Asks until the page comes from the cache, so that only a dropped cache entry lets the next
     * change show (right after a change a page is rendered but not kept for half a second).
     */
    private void cached(String path) throws Exception {
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if ("HIT".equals(response.headers().firstValue("X-Cache").orElse(""))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " never came from the cache");
    }

    /** Asks until the page lists exactly these headlines; a change reaches the page cache through JMS, not at once. */
    private void pageShows(String path, List<String> expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> shown;
        do {
            shown = headlinesOn(path);
            if (shown.equals(expected)) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        assertEquals(expected, shown, "the coverage page's stories");
    }

    @Test
    void pinnedStoriesLeadTheCoveragePageInTheChosenOrderAndEachChangeShowsAtOnce() throws Exception {
        // Published 4, 3, 2 and 1 hours ago, and a draft: newest first the page reads 3 2 1 0.
        Curated c = coverageWith(4, 3, 2, 1, null);
        AsRole chief = AsRole.chiefEditor();
        pageShows(c.path(), List.of(c.headline(3), c.headline(2), c.headline(1), c.headline(0)));
        cached(c.path());

        assertEquals(List.of(c.story(0)), chief.call(() -> pins.pin(c.id(), c.story(0))));
        assertEquals(List.of(c.story(0), c.story(2)), chief.call(() -> pins.pin(c.id(), c.story(2))));
        pageShows(c.path(), List.of(c.headline(0), c.headline(2), c.headline(3), c.headline(1)));

        cached(c.path());
        assertEquals(List.of(c.story(2), c.story(0)), chief.call(() -> pins.move(c.id(), c.story(2), -1)));
        pageShows(c.path(), List.of(c.headline(2), c.headline(0), c.headline(3), c.headline(1)));

        // A pinned draft is not shown, and takes nobody's place.
        assertEquals(List.of(c.story(2), c.story(0), c.story(4)), chief.call(() -> pins.pin(c.id(), c.story(4))));
        assertEquals(List.of(c.story(2), c.story(4), c.story(0)), chief.call(() -> pins.move(c.id(), c.story(4), -1)));
        pageShows(c.path(), List.of(c.headline(2), c.headline(0), c.headline(3), c.headline(1)));

        assertEquals(List.of(c.story(4), c.story(0)), chief.call(() -> pins.unpin(c.id(), c.story(2))));
        pageShows(c.path(), List.of(c.headline(0), c.headline(3), c.headline(2), c.headline(1)));

        String slug = c.path().substring("/en/coverage/".length(), c.path().length() - 1);
        long audited = em.createQuery("select count(e) from AuditEntry e where e.action = 'TAXONOMY_CHANGED'"
                        + " and e.detail like :d and e.detail like '%pinned story%'", Long.class)
                .setParameter("d", "coverage en/" + slug + " %").getSingleResult();
        assertEquals(6, audited, "three pins, two moves and an unpin are in the audit trail");
    }

    @Test
    void onlyStoriesOfTheCoverageArePinnedAtMostFiveAndMovesStopAtTheEnds() throws Exception {
        Curated c = coverageWith(6, 5, 4, 3, 2, 1);
        AsRole chief = AsRole.chiefEditor();
        long outsider = newStory(unique("Not in the coverage"), 1);
        ActionRefused notIn = refusal(() -> chief.call(() -> pins.pin(c.id(), outsider)));
        assertEquals(ActionRefused.Why.RULE, notIn.why());
        assertTrue(notIn.getMessage().contains("is not in") && notIn.getMessage().contains("add it before pinning it"),
                notIn.getMessage());
        for (int i = 0; i < Coverage.MAX_PINS; i++) {
            int story = i;
            chief.call(() -> pins.pin(c.id(), c.story(story)));
        }
        ActionRefused full = refusal(() -> chief.call(() -> pins.pin(c.id(), c.story(5))));
        assertEquals("A coverage pins at most 5 stories; unpin one first", full.getMessage());
        ActionRefused twice = refusal(() -> chief.call(() -> pins.pin(c.id(), c.story(0))));
        assertTrue(twice.getMessage().endsWith("is already pinned"), twice.getMessage());
        ActionRefused first = refusal(() -> chief.call(() -> pins.move(c.id(), c.story(0), -1)));
        assertTrue(first.getMessage().endsWith("is already first among the pinned stories"), first.getMessage());
        ActionRefused last = refusal(() -> chief.call(() -> pins.move(c.id(), c.story(4), 1)));
        assertTrue(last.getMessage().endsWith("is already last among the pinned stories"), last.getMessage());
        ActionRefused notPinned = refusal(() -> chief.call(() -> pins.unpin(c.id(), c.story(5))));
        assertTrue(notPinned.getMessage().contains("is not pinned in"), notPinned.getMessage());
        assertEquals(ActionRefused.Why.NOT_FOUND, refusal(() -> chief.call(() -> pins.pin(-1, c.story(0)))).why());
        assertEquals(c.stories().subList(0, 5), chief.call(() -> pins.pinned(c.id())));
    }

    @Test
    void aStoryTakenOutOfTheCoverageIsUnpinnedAndAnEditorSaveThatKeepsItLeavesThePin() throws Exception {
        Curated c = coverageWith(3, 2, 1);
        AsRole chief = AsRole.chiefEditor();
        for (int i = 0; i < 3; i++) {
            int story = i;
            chief.call(() -> pins.pin(c.id(), c.story(story)));
        }
        pageShows(c.path(), c.headlines());

        // Taken out on the taxonomy screen: unpinned, and back in it is not pinned again.
        chief.call(() -> desk.curate(c.id(), c.story(0), false));
        assertEquals(List.of(c.story(1), c.story(2)), chief.call(() -> pins.pinned(c.id())));
        chief.call(() -> desk.curate(c.id(), c.story(0), true));
        assertEquals(List.of(c.story(1), c.story(2)), chief.call(() -> pins.pinned(c.id())));
        pageShows(c.path(), List.of(c.headline(1), c.headline(2), c.headline(0)));

        // The editor's classification: keeping the coverage (and changing the tags) keeps the pin,
        // dropping the coverage drops it.
        tx.begin();
        Tag tag = new Tag(Edition.EN, unique("pin tag"), org.newsroom.domain.article.Slug.from(unique("pin tag")));
        em.persist(tag);
        Article kept = em.find(Article.class, c.story(1));
        kept.classify(List.of(), List.of(tag), List.copyOf(kept.getCoverages()));
        Article dropped = em.find(Article.class, c.story(2));
        dropped.classify(List.of(), List.of(), List.of());
        tx.commit();
        assertEquals(List.of(c.story(1)), chief.call(() -> pins.pinned(c.id())));
    }

    @Test
    void editorsAndWritersMayNotPin() throws Exception {
        Curated c = coverageWith(1, 2);
        AsRole.chiefEditor().call(() -> pins.pin(c.id(), c.story(0)));
        assertTrue(deniedForRole(() -> AsRole.editor().call(() -> pins.pin(c.id(), c.story(1)))));
        assertTrue(deniedForRole(() -> AsRole.writer().call(() -> pins.pin(c.id(), c.story(1)))));
        assertTrue(deniedForRole(() -> AsRole.editor().call(() -> pins.move(c.id(), c.story(0), 1))));
        assertTrue(deniedForRole(() -> AsRole.editor().call(() -> pins.unpin(c.id(), c.story(0)))));
        assertTrue(deniedForRole(() -> AsRole.writer().call(() -> pins.pinned(c.id()))));
        assertEquals(List.of(c.story(0)), AsRole.chiefEditor().call(() -> pins.pinned(c.id())));
    }
}
