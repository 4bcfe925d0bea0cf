package org.newsroom.it.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;
import static org.newsroom.it.support.StaffApi.quote;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.AllAtOnce;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.StaffApi;

/**
 * Many staff API writes of one story at once, all quoting the same version (If-Match), as a
 * busy desk or a retrying tool sends them: exactly one wins, every other one is refused as
 * stale (412, a problem document in words), none is a server error, and what is stored is
 * the winner's. Run on H2 and on PostgreSQL: the row lock that makes this so is the
 * database's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffApiConcurrentWritesIT {

    private static final int AT_ONCE = 100;
    private static final String SUFFIX = StaffApi.SUFFIX;
    private static final Pattern REVISION_NUMBER = Pattern.compile("\"number\"\\s*:\\s*(\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /**
     * One round on a story of its own, three times over (each under a minute, since every
     * call pays for its password check): a hundred saves of version 0, then the winner's
     * version is saved once more, as the next editor would, and the history has no gaps.
     */
    @RepeatedTest(value = 3, name = "round {currentRepetition} of {totalRepetitions}")
    void aHundredSavesOfOneVersionKeepOneWinnerAndRefuseTheRestAsStale(RepetitionInfo round) {
        StaffApi writer = user("saves-writer-" + round.getCurrentRepetition(), "WRITER");
        HttpResponse<String> created = writer.post("/articles", "{\"edition\":\"en\",\"headline\":"
                + quote("Concurrent saves " + SUFFIX + " " + round.getCurrentRepetition()) + ",\"sectionId\":" + sectionId(writer) + "}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(field(created.body(), "id"));
        String etag = created.headers().firstValue("ETag").orElseThrow();

        Map<Integer, List<HttpResponse<String>>> answers = AllAtOnce.send(AT_ONCE, i -> writer.send("PUT", "/articles/" + id, etag,
                "{\"headline\":" + quote("Save " + i) + ",\"summary\":null,\"body\":" + quote("<p>Words of save " + i + ".</p>") + "}"));
        HttpResponse<String> winner = onlyWinnerAmongStale(answers, "round " + round.getCurrentRepetition());

        HttpResponse<String> stored = writer.get("/articles/" + id);
        assertEquals(field(winner.body(), "headline"), field(stored.body(), "headline"));
        assertEquals(field(winner.body(), "body"), field(stored.body(), "body"));
        String winnersVersion = winner.headers().firstValue("ETag").orElseThrow();
        assertEquals(winnersVersion, stored.headers().firstValue("ETag").orElseThrow(), "the winner's version is the story's");

        HttpResponse<String> next = writer.send("PUT", "/articles/" + id, winnersVersion,
                "{\"headline\":\"The next save\",\"summary\":null,\"body\":\"<p>After the rush.</p>\"}");
        assertEquals(200, next.statusCode(), next.body());

        // One revision when the story was made, one for the winner, one for the next save: no gaps, no extras.
        HttpResponse<String> revisions = writer.get("/articles/" + id + "/revisions");
        assertEquals(200, revisions.statusCode(), revisions.body());
        assertEquals(List.of(1, 2, 3), revisionNumbers(revisions.body()));
    }

    @Test
    void transitionsDetailsAndSavesOfOneVersionAtOnceLetOneThrough() {
        StaffApi writer = user("mixed-writer", "WRITER");
        StaffApi editor = user("mixed-editor", "EDITOR");
        HttpResponse<String> created = writer.post("/articles", "{\"edition\":\"en\",\"headline\":"
                + quote("Concurrent transitions " + SUFFIX) + ",\"sectionId\":" + sectionId(writer) + "}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(field(created.body(), "id"));
        HttpResponse<String> submitted = writer.send("POST", "/articles/" + id + "/transitions/submit",
                created.headers().firstValue("ETag").orElseThrow(), "{}");
        assertEquals(200, submitted.statusCode(), submitted.body());
        String etag = submitted.headers().firstValue("ETag").orElseThrow();

        // An editor approving, asking for changes, changing the details and the text, all quoting one version.
        Map<Integer, List<HttpResponse<String>>> answers = AllAtOnce.send(AT_ONCE, i -> switch (i % 4) {
            case 0 -> editor.send("POST", "/articles/" + id + "/transitions/approve", etag, "{}");
            case 1 -> editor.send("POST", "/articles/" + id + "/transitions/request-changes", etag,
                    "{\"comment\":" + quote("Needs a second source (" + i + ")") + "}");
            case 2 -> editor.send("PUT", "/articles/" + id + "/details", etag,
                    "{\"slug\":" + quote("concurrent-details-" + SUFFIX + "-" + i) + "}");
            default -> editor.send("PUT", "/articles/" + id, etag,
                    "{\"headline\":" + quote("Editor's headline " + i) + ",\"summary\":null,\"body\":\"<p>Edited.</p>\"}");
        });
        HttpResponse<String> winner = onlyWinnerAmongStale(answers, "mixed writes");

        HttpResponse<String> stored = writer.get("/articles/" + id);
        assertEquals(field(winner.body(), "version"), field(stored.body(), "version"));
        String path = winner.request().uri().getPath();
        if (path.endsWith("/approve")) {
            assertEquals("APPROVED", field(stored.body(), "status"));
        } else if (path.endsWith("/request-changes")) {
            assertEquals("CHANGES_REQUESTED", field(stored.body(), "status"));
        } else if (path.endsWith("/details")) {
            assertEquals(field(winner.body(), "slug"), field(stored.body(), "slug"));
        } else {
            assertEquals(field(winner.body(), "headline"), field(stored.body(), "headline"));
        }
    }

    /** Exactly one 200, every other answer a stale refusal in words; returns the winner. */
    private static HttpResponse<String> onlyWinnerAmongStale(Map<Integer, List<HttpResponse<String>>> answers, String what) {
        Map<Integer, Integer> counts = new TreeMap<>();
        answers.forEach((status, list) -> counts.put(status, list.size()));
        assertEquals(Map.of(200, 1, 412, AT_ONCE - 1), counts, what + ": " + firstOtherThan200And412(answers));
        for (HttpResponse<String> stale : answers.get(412)) {
            assertEquals("application/problem+json", stale.headers().firstValue("Content-Type").orElse(""));
            String detail = field(stale.body(), "detail");
            assertTrue(detail.startsWith("This story was changed by ") && detail.contains("Your changes were not saved"), detail);
            assertFalse(stale.body().matches("(?is).*(exception|sql|insert into|constraint|\\bat org\\.).*"), stale.body());
        }
        return answers.get(200).get(0);
    }

    private static String firstOtherThan200And412(Map<Integer, List<HttpResponse<String>>> answers) {
        return answers.entrySet().stream().filter(e -> e.getKey() != 200 && e.getKey() != 412).findFirst()
                .map(e -> e.getKey() + " " + e.getValue().get(0).body()).orElse("");
    }

    private static List<Integer> revisionNumbers(String json) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = REVISION_NUMBER.matcher(json);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }

    private static long sectionId(StaffApi writer) {
        HttpResponse<String> sections = writer.get("/articles/sections?edition=en");
        assertEquals(200, sections.statusCode(), sections.body());
        return Long.parseLong(field(sections.body(), "id"));
    }

    private static StaffApi user(String prefix, String role) {
        return StaffApi.as(StaffApi.createAccount(prefix, role));
    }
}
