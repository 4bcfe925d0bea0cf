package org.newsroom.it.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;
import static org.newsroom.it.support.StaffApi.quote;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.AllAtOnce;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.StaffApi;

/**
 * Creates of one name at the same moment through the staff API, as two tools or two desks
 * send them: a story's slug in an edition, a new tag's name, a user name. The services look
 * before they insert, but concurrent creates all look before any commits; the database's unique
 * constraint then refuses all but one, and that must be a 409 problem that names what was taken,
 * never a 500 or the database's words. A duplicate sent afterwards is the same 409. Run on H2
 * and PostgreSQL: the two report the clash differently.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffApiConcurrentCreatesIT {

    private static final int AT_ONCE = 30;
    private static final String SUFFIX = StaffApi.SUFFIX;
    private static final Pattern FIRST_TAG_ID = Pattern.compile("\"tags\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*(\\d+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void storiesWithOneSlugAtOnceMakeOneAndRefuseTheRestWith409() {
        StaffApi writer = StaffApi.as(StaffApi.createAccount("creates-writer", "WRITER"));
        String body = "{\"edition\":\"en\",\"headline\":" + quote("One slug for all " + SUFFIX) + ",\"sectionId\":" + sectionId(writer) + "}";
        Map<Integer, List<HttpResponse<String>>> answers = AllAtOnce.send(AT_ONCE, i -> writer.post("/articles", body));
        assertOneCreatedRestConflicts(answers, 201, AT_ONCE, "slug");

        HttpResponse<String> again = writer.post("/articles", body);
        StaffApi.Problem later = StaffApi.assertRefusedCleanly("the same slug afterwards", 409, again);
        assertTrue(later.detail().contains("already used"), later.detail());
    }

    /**
     * New tags are made where they are needed, from a story's details: stories tagged with one
     * new name at the same moment make one tag; a save that lost the race is 409 and, sent again,
     * is tagged with the tag the winner made.
     */
    @Test
    void storiesTaggedWithOneNewNameAtOnceMakeOneTag() {
        StaffApi writer = StaffApi.as(StaffApi.createAccount("creates-tagger", "WRITER"));
        long section = sectionId(writer);
        int stories = 20;
        List<Long> ids = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        for (int i = 0; i < stories; i++) {
            HttpResponse<String> created = writer.post("/articles", "{\"edition\":\"en\",\"headline\":"
                    + quote("Tagged at once " + i + " " + SUFFIX) + ",\"sectionId\":" + section + "}");
            assertEquals(201, created.statusCode(), created.body());
            ids.add(Long.parseLong(field(created.body(), "id")));
            versions.add(StaffApi.etag(created));
        }
        String details = "{\"newTags\":[" + quote("Harbour strike " + SUFFIX) + "]}";
        Map<Integer, List<HttpResponse<String>>> answers = AllAtOnce.send(stories,
                i -> writer.send("PUT", "/articles/" + ids.get(i) + "/details", versions.get(i), details));
        assertTrue(Set.of(200, 409).containsAll(answers.keySet()), "only 200 and 409: " + other(answers, 200));
        assertTrue(answers.containsKey(200), "somebody made the tag");
        for (HttpResponse<String> lost : answers.getOrDefault(409, List.of())) {
            StaffApi.Problem problem = StaffApi.assertRefusedCleanly("a tag made at the same moment", 409, lost);
            assertTrue(problem.detail().startsWith("A tag of this name was made"), problem.detail());
        }

        Set<String> tagIds = new TreeSet<>();
        for (int i = 0; i < stories; i++) {
            HttpResponse<String> current = writer.get("/articles/" + ids.get(i) + "/details");
            HttpResponse<String> tagged = FIRST_TAG_ID.matcher(current.body()).find() ? current
                    : writer.send("PUT", "/articles/" + ids.get(i) + "/details", StaffApi.etag(current), details);
            assertEquals(200, tagged.statusCode(), "saved again: " + tagged.body());
            Matcher tag = FIRST_TAG_ID.matcher(tagged.body());
            assertTrue(tag.find(), tagged.body());
            tagIds.add(tag.group(1));
        }
        assertEquals(1, tagIds.size(), "one tag for all the stories: " + tagIds);
    }

    @Test
    void accountsWithOneUserNameAtOnceMakeOneAndRefuseTheRestWith409() {
        StaffApi admin = StaffApi.admin();
        int accounts = 10; // each create hashes its password (PBKDF2), so fewer at once
        String body = "{\"username\":" + quote("same-name-" + SUFFIX) + ",\"displayName\":\"Same\",\"password\":"
                + quote(StaffApi.PASSWORD) + ",\"roles\":[\"WRITER\"]}";
        Map<Integer, List<HttpResponse<String>>> answers = AllAtOnce.send(accounts, i -> admin.post("/users", body));
        assertOneCreatedRestConflicts(answers, 201, accounts, "user name");
        StaffApi.assertRefusedCleanly("the same user name afterwards", 409, admin.post("/users", body));
    }

    private static void assertOneCreatedRestConflicts(Map<Integer, List<HttpResponse<String>>> answers, int created, int total,
                                                      String what) {
        Map<Integer, Integer> counts = new TreeMap<>();
        answers.forEach((status, list) -> counts.put(status, list.size()));
        assertEquals(Map.of(created, 1, 409, total - 1), counts, other(answers, created));
        for (HttpResponse<String> conflict : answers.get(409)) {
            StaffApi.Problem problem = StaffApi.assertRefusedCleanly("a duplicate " + what, 409, conflict);
            assertTrue(problem.detail().contains(what.equals("slug") ? "slug" : "user name"), problem.detail());
        }
    }

    private static String other(Map<Integer, List<HttpResponse<String>>> answers, int expected) {
        return answers.entrySet().stream().filter(e -> e.getKey() != expected && e.getKey() != 409).findFirst()
                .map(e -> e.getKey() + " " + e.getValue().get(0).body()).orElse("");
    }

    private static long sectionId(StaffApi caller) {
        HttpResponse<String> sections = caller.get("/articles/sections?edition=en");
        assertEquals(200, sections.statusCode(), sections.body());
        return Long.parseLong(field(sections.body(), "id"));
    }
}
