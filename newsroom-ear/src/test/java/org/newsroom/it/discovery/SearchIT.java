package org.newsroom.it.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.edition.Edition;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.ReaderSite;

/** Search over HTTP in the three languages, with hostile input and the index following unpublish. */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(SearchIT.class, HiddenStories.class);
    }

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    private final ReaderSite site = new ReaderSite();

    private Article published(Edition edition) {
        return em.createQuery("select a from Article a where a.edition = :e and a.status = :p order by a.publishedAt desc",
                Article.class).setParameter("e", edition).setParameter("p", ArticleStatus.PUBLISHED)
                .setMaxResults(1).getSingleResult();
    }

    private JsonObject search(Edition edition, String q) throws Exception {
        HttpResponse<String> response = site.get("/api/v1/search?edition=" + edition.code() + "&q=" + ReaderSite.encode(q));
        assertEquals(200, response.statusCode(), q + " → " + response.body());
        return ReaderSite.json(response);
    }

    private static boolean finds(JsonObject results, long id) {
        return results.getJsonArray("hits").getValuesAs(JsonObject.class).stream()
                .anyMatch(h -> h.getJsonNumber("id").longValue() == id);
    }

    /** The longest word of a headline: least likely to be a stop word, most likely to survive stemming. */
    static String longestWord(String headline) {
        String longest = "";
        for (String word : headline.split("[\\s\\p{Punct}،؛]+")) {
            if (word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest;
    }

    @Test
    void englishAndSpanishFindAStoryByItsHeadlineWithMarkedWords() throws Exception {
        for (Edition edition : List.of(Edition.EN, Edition.ES)) {
            Article story = published(edition);
            JsonObject results = search(edition, story.getHeadline());
            assertTrue(finds(results, story.getId()), edition + ": " + story.getHeadline());
            List<JsonObject> hits = results.getJsonArray("hits").getValuesAs(JsonObject.class);
            assertTrue(hits.subList(0, Math.min(3, hits.size())).stream()
                    .anyMatch(h -> h.getJsonNumber("id").longValue() == story.getId()), "the exact headline should rank high");
            JsonObject first = hits.stream().filter(h -> h.getJsonNumber("id").longValue() == story.getId()).findFirst()
                    .orElseThrow();
            assertTrue(first.getString("headlineHtml").contains("<mark>"), first.getString("headlineHtml"));
            assertTrue(first.getString("url").endsWith("/" + story.getSlug()));
        }
    }

    @Test
    void spanishIgnoresAccents() throws Exception {
        String accented = em.createQuery("select a.headline from Article a where a.edition = :e and a.status = :p",
                        String.class).setParameter("e", Edition.ES).setParameter("p", ArticleStatus.PUBLISHED)
                .getResultStream().flatMap(h -> java.util.Arrays.stream(h.split("[\\s\\p{Punct}]+")))
                .filter(w -> w.length() > 4 && w.matches(".*[áéíóú].*")).findFirst()
                .orElseThrow(() -> new AssertionError("no accented word in the Spanish demo headlines"));
        String folded = java.text.Normalizer.normalize(accented, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        long withAccents = totalOf(search(Edition.ES, accented));
        assertTrue(withAccents > 0, accented);
        assertEquals(withAccents, totalOf(search(Edition.ES, folded)), accented + " vs " + folded);
    }

    private static long totalOf(JsonObject results) {
        return results.getJsonNumber("total").longValue();
    }

    @Test
    void arabicMatchesWithAndWithoutDiacriticsAndAnyAlefForm() throws Exception {
        Article story = published(Edition.AR);
        String word = longestWord(story.getHeadline());
        JsonObject plain = search(Edition.AR, word);
        assertTrue(totalOf(plain) > 0, "nothing for " + word);
        // Every letter vowelled with a fatha, and a bare alef written with hamza: readers type both.
        StringBuilder vowelled = new StringBuilder();
        for (char c : word.toCharArray()) {
            vowelled.append(c == 'ا' ? 'أ' : c).append('\u064E');
        }
        JsonObject withDiacritics = search(Edition.AR, vowelled.toString());
        assertEquals(totalOf(plain), totalOf(withDiacritics), word + " vs " + vowelled);
        JsonObject whole = search(Edition.AR, story.getHeadline());
        assertTrue(finds(whole, story.getId()), story.getHeadline());
    }

    @Test
    void hostileInputNeverFails() throws Exception {
        for (String q : List.of("\"unclosed", "AND OR NOT", "((( ]]] }}}", "*", "-", "+-|~*\"\\", "a\u0000b\u0007c\u001b",
                "x".repeat(10_000), "title:foo OR body:[a TO z]", "\u202Eevil", "<script>alert(1)</script>")) {
            JsonObject results = search(Edition.EN, q);
            assertTrue(results.getString("query").length() <= 200);
            results.getJsonArray("hits").getValuesAs(JsonObject.class).forEach(h -> {
                assertFalse(h.getString("headlineHtml").contains("<script"));
                assertFalse(h.getString("snippetHtml").contains("<script"));
            });
        }
        assertEquals(200, site.get("/api/v1/search?edition=en").statusCode());
    }

    @Test
    void filtersNarrowTheHits() throws Exception {
        Article story = published(Edition.EN);
        String word = longestWord(story.getHeadline());
        String kind = story.getKind().name();
        JsonObject byKind = ReaderSite.json(site.get("/api/v1/search?edition=en&size=50&kind=" + kind + "&q="
                + ReaderSite.encode(word)));
        assertTrue(totalOf(byKind) > 0);
        byKind.getJsonArray("hits").getValuesAs(JsonObject.class).forEach(h -> assertEquals(kind, h.getString("kind")));
        String day = story.getPublishedAt().toString().substring(0, 10);
        JsonObject future = ReaderSite.json(site.get("/api/v1/search?edition=en&from=2999-01-01&q=" + ReaderSite.encode(word)));
        assertEquals(0, totalOf(future));
        JsonObject thatDay = ReaderSite.json(site.get("/api/v1/search?edition=en&size=50&from=" + day + "&to=" + day + "&q="
                + ReaderSite.encode(story.getHeadline())));
        assertTrue(finds(thatDay, story.getId()));
        assertEquals(400, site.get("/api/v1/search?edition=en&q=a&section=no-such-section").statusCode());
    }

    @Test
    void theIndexFollowsUnpublishAndRepublish() throws Exception {
        Article story = published(Edition.ES);
        String headline = story.getHeadline();
        assertTrue(finds(search(Edition.ES, headline), story.getId()));
        tx.begin();
        em.find(Article.class, story.getId()).unpublish(Instant.now());
        tx.commit();
        try {
            assertFalse(finds(search(Edition.ES, headline), story.getId()), "an unpublished story is still found");
        } finally {
            tx.begin();
            em.find(Article.class, story.getId()).publish(Instant.now());
            tx.commit();
        }
        assertTrue(finds(search(Edition.ES, headline), story.getId()), "a republished story is not found");
    }
}
