package org.newsroom.it.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.ReaderSite;
import org.newsroom.it.support.SecondServer;

/**
 * The public search API answers the same on both search backends: the server under test keeps a
 * Lucene index, a second server on the same PostgreSQL database indexes into OpenSearch (the
 * build's opensearch profile starts one), and every query of a set built from the corpus's own
 * headlines, in the three languages, must find the same stories on both. Arabic queries are also
 * asked vowelled and with hamza alefs, which both backends must fold the same way.
 *
 * Every hit of every page is compared, as a set with the total, not in order: equal scores may
 * break ties apart, so a page boundary may fall differently.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchParityIT {

    private static final int STORIES_PER_EDITION = 6;
    private static final int PAGE_SIZE = 50;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void everyQueryFindsTheSameStoriesOnLuceneAndOnOpenSearch() throws Exception {
        String openSearch = System.getProperty("opensearch.url");
        assertTrue(openSearch != null && !openSearch.isBlank(), "run with -Popensearch: no OpenSearch address given");
        ReaderSite lucene = new ReaderSite();
        Map<String, List<String>> queries = queriesFromHeadlines(lucene);
        try (SecondServer shared = SecondServer.copyNamed("opensearch-server")
                .withArguments("-Dnewsroom.search.backend=elasticsearch",
                        "-Dnewsroom.search.hosts=" + URI.create(openSearch).getAuthority())
                .start(SecondServer.serverDatabase())) {
            assertTrue(documentsIn(openSearch) > 0, "the second server should have indexed the stories into OpenSearch");
            ReaderSite onOpenSearch = new ReaderSite(shared.baseUrl());
            int found = 0;
            int asked = 0;
            for (Map.Entry<String, List<String>> edition : queries.entrySet()) {
                for (String q : edition.getValue()) {
                    Results expected = search(lucene, edition.getKey(), q);
                    Results actual = search(onOpenSearch, edition.getKey(), q);
                    assertEquals(expected, actual, edition.getKey() + " \"" + q + "\": Lucene vs OpenSearch");
                    asked++;
                    found += expected.total() > 0 ? 1 : 0;
                }
            }
            System.out.printf("SearchParityIT: %d queries, %d with hits, the same on Lucene and OpenSearch%n", asked, found);
            assertTrue(found * 2 > asked, "most queries should find something, else the comparison proves little: "
                    + found + " of " + asked);
        }
    }

    /** What one backend answered: the total and every story found, by URL, read page by page. */
    private record Results(long total, TreeSet<String> urls) {
    }

    private static Results search(ReaderSite site, String edition, String q) throws Exception {
        TreeSet<String> urls = new TreeSet<>();
        long total;
        int page = 0;
        do {
            HttpResponse<String> response = site.get("/api/v1/search?edition=" + edition + "&size=" + PAGE_SIZE
                    + "&page=" + page + "&q=" + ReaderSite.encode(q));
            assertEquals(200, response.statusCode(), q + " → " + response.body());
            JsonObject json = ReaderSite.json(response);
            total = json.getJsonNumber("total").longValue();
            json.getJsonArray("hits").getValuesAs(JsonObject.class).forEach(h -> urls.add(ReaderSite.pathOf(h.getString("url"))));
            page++;
        } while ((long) page * PAGE_SIZE < total);
        return new Results(total, urls);
    }

    /**
     * Per edition: the longest word of some headlines, two words of one, a quoted phrase, an
     * either-or; for Arabic each word also vowelled and with its bare alefs written with hamza.
     */
    private static Map<String, List<String>> queriesFromHeadlines(ReaderSite site) throws Exception {
        Map<String, List<String>> queries = new LinkedHashMap<>();
        for (String edition : List.of("en", "es", "ar")) {
            List<String> headlines = headlines(site, edition);
            assertTrue(headlines.size() >= 2, edition + ": the corpus has too few published stories");
            List<String> asked = new ArrayList<>();
            for (String headline : headlines) {
                String word = SearchIT.longestWord(headline);
                asked.add(word);
                if (edition.equals("ar")) {
                    asked.add(vowelledWithHamza(word));
                }
            }
            String[] first = headlines.get(0).split("\\s+");
            if (first.length >= 3) {
                asked.add(first[0] + " " + first[first.length - 1]);
                asked.add("\"" + first[1] + " " + first[2] + "\"");
            }
            asked.add(SearchIT.longestWord(headlines.get(0)) + " | " + SearchIT.longestWord(headlines.get(1)));
            queries.put(edition, asked);
        }
        return queries;
    }

    /** Headlines of the newest published stories, from the site's own latest-stories API. */
    private static List<String> headlines(ReaderSite site, String edition) throws Exception {
        HttpResponse<String> response = site.get("/api/v1/articles?edition=" + edition + "&size=" + STORIES_PER_EDITION);
        assertEquals(200, response.statusCode(), response.body());
        return ReaderSite.json(response).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("headline")).toList();
    }

    /** Every letter with a fatha, every bare alef as أ: how a reader may type the same word. */
    private static String vowelledWithHamza(String word) {
        StringBuilder vowelled = new StringBuilder();
        for (char c : word.toCharArray()) {
            vowelled.append(c == 'ا' ? 'أ' : c).append('\u064E');
        }
        return vowelled.toString();
    }

    private static long documentsIn(String openSearch) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(openSearch + "/_count")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readObject()
                .getJsonNumber("count").longValue();
    }
}
