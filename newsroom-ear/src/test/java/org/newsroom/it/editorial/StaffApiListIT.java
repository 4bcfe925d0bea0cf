package org.newsroom.it.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;
import static org.newsroom.it.support.StaffApi.quote;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.StaffApi;

/**
 * {@code GET /admin/api/v1/articles} over HTTP: the console list's filters, newest first, paged by key through
 * the {@code next} link until it runs out, the same list for a writer as for an editor, and a clean 400 for
 * every parameter that is not what it says.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffApiListIT {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern WRITER = Pattern.compile("\"writer\":\"([^\"]*)\"");
    private static final String DESK = "list-desk-" + StaffApi.SUFFIX;

    private static StaffApi writer;
    private static StaffApi editor;
    /** The desk's stories, oldest first; the last two were submitted for review. */
    private static final List<Long> STORIES = new ArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @BeforeAll
    static void aDeskOfFiveStories() {
        writer = StaffApi.as(StaffApi.createAccount("list-writer", "WRITER"));
        editor = StaffApi.as(StaffApi.createAccount("list-editor", "EDITOR"));
        String section = field(writer.get("/articles/sections?edition=en").body(), "id");
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> created = writer.post("/articles", "{\"edition\":\"en\",\"sectionId\":" + section
                    + ",\"desk\":" + quote(DESK) + ",\"headline\":" + quote("Listed story " + i + (i == 3 ? " Quayside" : "")
                    + " " + StaffApi.SUFFIX) + "}");
            assertEquals(201, created.statusCode(), created.body());
            long id = Long.parseLong(field(created.body(), "id"));
            STORIES.add(id);
            if (i >= 4) {
                assertEquals(200, writer.transition(id, "submit", StaffApi.etag(created)).statusCode());
            }
        }
    }

    @Test
    void newestFirstWithTheConsolesFilters() {
        assertEquals(newestFirst(STORIES), ids(list("desk=" + DESK)));
        assertEquals(newestFirst(STORIES.subList(3, 5)), ids(list("desk=" + DESK + "&status=IN_REVIEW")));
        assertEquals(newestFirst(STORIES), ids(list("desk=" + DESK + "&status=draft,in_review")));
        assertEquals(newestFirst(STORIES), ids(list("desk=" + DESK + "&status=DRAFT&status=IN_REVIEW")));
        assertEquals(List.of(STORIES.get(2)), ids(list("desk=" + DESK + "&text=quayside")));
        assertEquals(List.of(), ids(list("desk=" + DESK + "&edition=es")));
        assertEquals(newestFirst(STORIES), ids(list("desk=" + DESK + "&edition=en")));

        String byWriter = list("writer=" + writer.username());
        assertEquals(newestFirst(STORIES), ids(byWriter));
        Matcher writers = WRITER.matcher(byWriter);
        while (writers.find()) {
            assertEquals(writer.username(), writers.group(1));
        }

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertEquals(newestFirst(STORIES), ids(list("desk=" + DESK + "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1))));
        assertEquals(List.of(), ids(list("desk=" + DESK + "&from=" + today.plusDays(2))));
        assertEquals(List.of(), ids(list("desk=" + DESK + "&to=" + today.minusDays(2))));
        assertEquals(List.of(), ids(list("desk=" + DESK + "&to=" + encode(today.minusDays(2) + "T12:00:00Z"))));
    }

    @Test
    void pagesByKeyFollowTheNextLinkToTheEnd() {
        List<Long> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String path = "/articles?desk=" + DESK + "&limit=2";
        while (path != null) {
            HttpResponse<String> page = editor.get(path);
            assertEquals(200, page.statusCode(), page.body());
            List<Long> ids = ids(page.body());
            seen.addAll(ids);
            sizes.add(ids.size());
            String next = page.body().contains("\"next\"") ? field(page.body(), "next") : null;
            assertEquals(next == null ? "" : "<" + next + ">; rel=\"next\"", page.headers().firstValue("Link").orElse(""));
            assertTrue(next == null || next.startsWith(StaffApi.base() + "/articles?"), "an absolute address: " + next);
            path = next == null ? null : next.substring(StaffApi.base().length());
        }
        assertEquals(List.of(2, 2, 1), sizes);
        assertEquals(newestFirst(STORIES), seen, "every story once, in order");
    }

    @Test
    void aWriterSeesTheListAnEditorSees() {
        HttpResponse<String> asWriter = writer.get("/articles?desk=" + DESK);
        HttpResponse<String> asEditor = editor.get("/articles?desk=" + DESK);
        assertEquals(200, asWriter.statusCode());
        assertEquals(asEditor.body(), asWriter.body());
        assertEquals(401, StaffApi.anonymous().get("/articles?desk=" + DESK).statusCode());
    }

    @Test
    void parametersThatAreNotWhatTheySayAreRefusedCleanly() {
        String[][] cases = {
                {"edition=xx", "edition"}, {"status=GOD", "status"}, {"section=abc", "section"}, {"limit=0", "limit"},
                {"limit=101", "limit"}, {"limit=many", "limit"}, {"from=soon", "from"}, {"to=2026-13-45", "to"},
                {"after=not-a-key", "after"}, {"after=bm9wZQ", "after"}};
        for (String[] bad : cases) {
            StaffApi.Problem problem = StaffApi.assertRefusedCleanly(bad[0], 400, editor.get("/articles?" + bad[0]));
            assertTrue(problem.detail().startsWith(bad[1]), bad[0] + ": " + problem.detail());
        }
    }

    private static String list(String query) {
        HttpResponse<String> answer = editor.get("/articles?" + query);
        assertEquals(200, answer.statusCode(), query + ": " + answer.body());
        assertFalse(answer.body().contains("\"body\""), "a list line carries no body");
        return answer.body();
    }

    private static List<Long> ids(String page) {
        List<Long> ids = new ArrayList<>();
        Matcher id = ID.matcher(page);
        while (id.find()) {
            ids.add(Long.parseLong(id.group(1)));
        }
        return ids;
    }

    private static List<Long> newestFirst(List<Long> oldestFirst) {
        List<Long> reversed = new ArrayList<>(oldestFirst);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
