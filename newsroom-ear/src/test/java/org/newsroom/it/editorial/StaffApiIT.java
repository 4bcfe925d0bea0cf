package org.newsroom.it.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;
import static org.newsroom.it.support.StaffApi.quote;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.StaffApi;

/**
 * The staff API over HTTP with real sign-in against the staff tables: every role against
 * every transition, optimistic locking, leases, revisions, scheduling and the status codes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffApiIT {

    private static final String SUFFIX = StaffApi.SUFFIX;
    private static final AtomicInteger STORIES = new AtomicInteger();

    private static StaffApi admin;
    private static StaffApi writer;
    private static StaffApi otherWriter;
    private static StaffApi editor;
    private static StaffApi otherEditor;
    private static StaffApi chief;
    private static StaffApi adminOnly;
    private static long sectionId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    record Story(long id, String etag) {
        static Story of(HttpResponse<String> response) {
            return new Story(Long.parseLong(field(response.body(), "id")), response.headers().firstValue("ETag").orElseThrow());
        }
    }

    // ---- roles ----------------------------------------------------------------------------------

    @Test
    void everyRoleAgainstEveryTransition() {
        staff();
        Map<String, StaffApi> roles = new LinkedHashMap<>();
        roles.put("WRITER", writer);
        roles.put("EDITOR", editor);
        roles.put("CHIEF_EDITOR", chief);
        roles.put("ADMIN", adminOnly);
        Set<String> all = Set.of("WRITER", "EDITOR", "CHIEF_EDITOR", "ADMIN");
        Set<String> editors = Set.of("EDITOR", "CHIEF_EDITOR", "ADMIN");
        Set<String> chiefs = Set.of("CHIEF_EDITOR", "ADMIN");

        // Each case: the story it acts on (made afresh for each role), the action's name in allowedActions, the call.
        record Case(String name, String action, Set<String> allowed, Function<StaffApi, Story> story,
                    BiFunction<StaffApi, Story, HttpResponse<String>> attempt) {
        }
        String inTwoHours = "{\"publishAt\":" + quote(Instant.now().plus(Duration.ofHours(2)).toString()) + "}";
        List<Case> cases = List.of(
                new Case("save own draft", "edit", all, c -> draft(c), (c, s) -> save(c, s, "own words")),
                new Case("save another's draft", "edit", editors, c -> draft(otherWriter), (c, s) -> save(c, s, "edited")),
                new Case("submit own draft", "submit", all, c -> draft(c), (c, s) -> transition(c, s, "submit", null)),
                new Case("request changes", "request-changes", editors, c -> inReview(),
                        (c, s) -> transition(c, s, "request-changes", "{\"comment\":\"more sources\"}")),
                new Case("approve", "approve", editors, c -> inReview(), (c, s) -> transition(c, s, "approve", null)),
                new Case("schedule", "schedule", editors, c -> approved(), (c, s) -> transition(c, s, "schedule", inTwoHours)),
                new Case("publish", "publish", editors, c -> approved(), (c, s) -> transition(c, s, "publish", null)),
                new Case("archive", "archive", editors, c -> draft(otherWriter), (c, s) -> transition(c, s, "archive", null)),
                new Case("unpublish", "unpublish", chiefs, c -> published(), (c, s) -> transition(c, s, "unpublish", null)),
                new Case("correct", "correct", chiefs, c -> published(), (c, s) -> transition(c, s, "correct",
                        "{\"body\":\"corrected text\",\"note\":\"An earlier version misspelt a name.\"}")));

        // The call succeeds exactly for the roles allowed, and the story each role read first listed the
        // action exactly when the call then succeeded: allowedActions is what the service accepts.
        List<String> wrong = new ArrayList<>();
        for (Case test : cases) {
            for (Map.Entry<String, StaffApi> role : roles.entrySet()) {
                Story story = test.story().apply(role.getValue());
                boolean listed = allowedActions(role.getValue(), story).contains(test.action());
                int status = test.attempt().apply(role.getValue(), story).statusCode();
                int expected = test.allowed().contains(role.getKey()) ? 200 : 403;
                if (status != expected) {
                    wrong.add(role.getKey() + " " + test.name() + ": " + status + " (expected " + expected + ")");
                }
                if (listed != (status == 200)) {
                    wrong.add(role.getKey() + " " + test.name() + ": allowedActions " + (listed ? "listed" : "did not list")
                            + " " + test.action() + ", the call answered " + status);
                }
            }
        }
        for (Map.Entry<String, StaffApi> role : roles.entrySet()) {
            int status = role.getValue().get("/users").statusCode();
            if (status != (role.getKey().equals("ADMIN") ? 200 : 403)) {
                wrong.add(role.getKey() + " list users: " + status);
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    // ---- locking --------------------------------------------------------------------------------

    @Test
    void twoEditorsSavingTheSameVersionOneWinsTheOtherIsRefused() {
        staff();
        Story story = draft(writer);
        HttpResponse<String> first = save(editor, story, "first editor's words");
        assertEquals(200, first.statusCode());
        HttpResponse<String> second = save(otherEditor, story, "second editor's words");
        assertEquals(412, second.statusCode(), second.body());
        assertEquals("application/problem+json", second.headers().firstValue("Content-Type").orElse(""));
        assertTrue(field(second.body(), "detail").contains(editor.username()), second.body());
        HttpResponse<String> now = writer.get("/articles/" + story.id());
        assertEquals("first editor's words", field(now.body(), "body"));
        assertEquals(first.headers().firstValue("ETag").orElseThrow(), now.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void writeWithoutIfMatchIsRefusedWith428() {
        staff();
        Story story = draft(writer);
        HttpResponse<String> response = writer.send("PUT", "/articles/" + story.id(), null, text("no version"));
        assertEquals(428, response.statusCode());
    }

    // ---- status codes and sign-in -----------------------------------------------------------

    @Test
    void statusCodesForCommonMistakes() {
        staff();
        HttpResponse<String> anonymous = StaffApi.anonymous().get("/articles/sections?edition=en");
        assertEquals(401, anonymous.statusCode());
        assertTrue(StaffApi.problem(anonymous).detail().contains("API token"), anonymous.body());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic "), "the challenge stays");
        HttpResponse<String> wrong = StaffApi.as(editor.username(), "wrong-password").get("/articles/sections?edition=en");
        assertEquals(401, wrong.statusCode());
        assertEquals("Unauthorized", StaffApi.problem(wrong).title(), wrong.body());
        assertEquals(404, editor.get("/articles/987654321").statusCode());
        HttpResponse<String> blank = editor.post("/articles", "{\"edition\":\"en\",\"headline\":\" \",\"sectionId\":" + sectionId + "}");
        assertEquals(400, blank.statusCode());
        assertEquals("application/problem+json", blank.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, transition(editor, draft(editor), "teleport", null).statusCode());
        HttpResponse<String> refused = transition(editor, draft(editor), "publish", null);
        assertEquals(409, refused.statusCode());
        assertTrue(field(refused.body(), "detail").contains("cannot become published"), refused.body());
    }

    @Test
    void nobodyCanPublishUnderEmbargo() {
        staff();
        Story story = approved();
        String until = Instant.now().plus(Duration.ofHours(1)).toString();
        HttpResponse<String> embargoed = transition(chief, story, "embargo", "{\"embargoUntil\":" + quote(until) + "}");
        assertEquals(200, embargoed.statusCode(), embargoed.body());
        story = Story.of(embargoed);
        HttpResponse<String> publish = transition(chief, story, "publish", null);
        assertEquals(409, publish.statusCode());
        assertTrue(field(publish.body(), "detail").contains("embargo"), publish.body());
        HttpResponse<String> early = transition(chief, story, "schedule",
                "{\"publishAt\":" + quote(Instant.now().plus(Duration.ofMinutes(5)).toString()) + "}");
        assertEquals(409, early.statusCode(), early.body());
        assertEquals("APPROVED", field(chief.get("/articles/" + story.id()).body(), "status"));
    }

    @Test
    void disabledUserCannotSignIn() {
        staff();
        StaffApi leaving = user("leaving", "WRITER");
        assertEquals(200, leaving.get("/articles/sections?edition=en").statusCode());
        assertEquals(200, admin.send("PUT", "/users/" + leaving.username() + "/enabled", null, "false").statusCode());
        assertEquals(401, leaving.get("/articles/sections?edition=en").statusCode());
    }

    @Test
    void repeatedFailuresThrottleSignInEvenWithTheRightPassword() {
        staff();
        StaffApi target = user("target", "WRITER");
        StaffApi guesser = StaffApi.as(target.username(), "guess");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, guesser.get("/articles/sections?edition=en").statusCode());
        }
        assertEquals(401, target.get("/articles/sections?edition=en").statusCode());
        String audit = admin.get("/audit?max=50").body();
        assertTrue(audit.contains("SIGN_IN_THROTTLED") && audit.contains(target.username()), audit);
    }

    // ---- leases and revisions -----------------------------------------------------------------

    @Test
    void takeOverKeepsTheDisplacedWritersUnsavedText() {
        staff();
        Story story = draft(writer);
        String path = "/articles/" + story.id() + "/lease";
        assertEquals(200, writer.post(path, null).statusCode());
        assertEquals(200, writer.send("PUT", path, null, text("unsaved paragraph from the writer")).statusCode());
        HttpResponse<String> blocked = save(editor, story, "editor's words");
        assertEquals(409, blocked.statusCode(), blocked.body());
        assertTrue(field(blocked.body(), "detail").contains(writer.username()));

        HttpResponse<String> takeOver = editor.post(path + "/takeover", null);
        assertEquals(200, takeOver.statusCode(), takeOver.body());
        assertEquals(editor.username(), field(takeOver.body(), "holder"));
        String revisions = editor.get("/articles/" + story.id() + "/revisions").body();
        assertTrue(revisions.contains("TAKEOVER") && revisions.contains("unsaved paragraph from the writer"), revisions);
        assertEquals(409, writer.send("PUT", path, null, text("more")).statusCode());

        HttpResponse<String> submitted = transition(editor, story, "submit", null);
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals(204, editor.get(path).statusCode(), "a transition releases the lease");
    }

    @Test
    void revisionsDiffWordByWordAndRestoreAsANewRevision() {
        staff();
        Story story = draft(writer);
        HttpResponse<String> one = save(writer, story, "the quick brown fox");
        HttpResponse<String> two = save(writer, Story.of(one), "the slow brown fox");
        assertEquals(200, two.statusCode());
        HttpResponse<String> diff = writer.get("/articles/" + story.id() + "/diff?from=2&to=3");
        assertEquals(200, diff.statusCode());
        assertTrue(diff.body().contains("{\"kind\":\"REMOVED\",\"text\":\"quick\"}"), diff.body());
        assertTrue(diff.body().contains("{\"kind\":\"ADDED\",\"text\":\"slow\"}"), diff.body());

        HttpResponse<String> restored = writer.send("POST", "/articles/" + story.id() + "/revisions/2/restore",
                Story.of(two).etag(), null);
        assertEquals(200, restored.statusCode(), restored.body());
        assertEquals("the quick brown fox", field(restored.body(), "body"));
        String revisions = writer.get("/articles/" + story.id() + "/revisions").body();
        assertTrue(revisions.contains("\"number\":4") && revisions.contains("RESTORE"), revisions);
        String audit = editor.get("/articles/" + story.id() + "/audit").body();
        assertTrue(audit.contains("RESTORE_REVISION"), audit);
    }

    @Test
    void reviewQueueOfADeskListsOnlyItsStoriesInReview() {
        staff();
        String desk = "desk-" + SUFFIX;
        HttpResponse<String> created = otherWriter.post("/articles", "{\"edition\":\"en\",\"headline\":"
                + quote("Desk story " + SUFFIX + " " + STORIES.incrementAndGet()) + ",\"sectionId\":" + sectionId
                + ",\"desk\":" + quote(desk) + "}");
        assertEquals(201, created.statusCode(), created.body());
        Story story = Story.of(created);
        String listed = "\"id\":" + story.id() + ",";
        assertFalse(editor.get("/articles/review-queue?desk=" + desk).body().contains(listed), "a draft is not in review");
        step(story, otherWriter, "submit", null);
        HttpResponse<String> queue = editor.get("/articles/review-queue?desk=" + desk);
        assertEquals(200, queue.statusCode(), queue.body());
        assertTrue(queue.body().contains(listed), queue.body());
        assertTrue(editor.get("/articles/review-queue").body().contains(listed), "the queue of all desks");
        assertFalse(editor.get("/articles/review-queue?desk=other-" + SUFFIX).body().contains(listed));
        assertEquals(403, writer.get("/articles/review-queue?desk=" + desk).statusCode());
    }

    // ---- comments and translations ----------------------------------------------------------

    @Test
    void requestForChangesAndRepliesAreCommentsOnTheStory() {
        staff();
        Story story = inReview();
        assertEquals(200, transition(editor, story, "request-changes", "{\"comment\":\"Name your sources\"}").statusCode());
        HttpResponse<String> reply = otherWriter.post("/articles/" + story.id() + "/comments", "{\"text\":\"Added two sources\"}");
        assertEquals(201, reply.statusCode(), reply.body());
        assertEquals(400, otherWriter.post("/articles/" + story.id() + "/comments", "{\"text\":\" \"}").statusCode());
        String comments = writer.get("/articles/" + story.id() + "/comments").body();
        assertTrue(comments.indexOf("Name your sources") < comments.indexOf("Added two sources")
                && comments.contains(editor.username()), comments);
    }

    @Test
    void translationIsANewDraftInAnotherEditionLinkedToTheOriginal() {
        staff();
        Story original = draft(writer);
        save(writer, original, "text to translate");
        HttpResponse<String> esSections = writer.get("/articles/sections?edition=es");
        long esSection = Long.parseLong(field(esSections.body(), "id"));
        String request = "{\"edition\":\"es\",\"sectionId\":" + esSection + "}";
        HttpResponse<String> translation = writer.post("/articles/" + original.id() + "/translations", request);
        assertEquals(201, translation.statusCode(), translation.body());
        assertEquals("es", field(translation.body(), "edition"));
        assertEquals("DRAFT", field(translation.body(), "status"));
        assertEquals("text to translate", field(translation.body(), "body"));
        assertEquals(field(writer.get("/articles/" + original.id()).body(), "translationGroup"),
                field(translation.body(), "translationGroup"));
        assertEquals(409, writer.post("/articles/" + original.id() + "/translations", request).statusCode());
        Story second = draft(writer);
        assertEquals(409, writer.post("/articles/" + second.id() + "/translations", "{\"edition\":\"es\",\"sectionId\":"
                + sectionId + "}").statusCode(), "an English section for a Spanish story");
    }

    // ---- scheduling ------------------------------------------------------------------------------

    @Test
    void scheduledStoryIsPublishedWhenItsTimeComes() throws InterruptedException {
        staff();
        Story story = approved();
        HttpResponse<String> scheduled = transition(editor, story, "schedule",
                "{\"publishAt\":" + quote(Instant.now().plusSeconds(4).toString()) + "}");
        assertEquals(200, scheduled.statusCode(), scheduled.body());
        assertEquals("SCHEDULED", field(scheduled.body(), "status"));
        Instant deadline = Instant.now().plusSeconds(30);
        String status = "SCHEDULED";
        while (!status.equals("PUBLISHED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            status = field(editor.get("/articles/" + story.id()).body(), "status");
        }
        assertEquals("PUBLISHED", status);
        assertNotNull(field(editor.get("/articles/" + story.id()).body(), "publishedAt"));
    }

    @Test
    void cancelledScheduleIsNotPublished() throws InterruptedException {
        staff();
        Story scheduled = step(approved(), editor, "schedule",
                "{\"publishAt\":" + quote(Instant.now().plusSeconds(3).toString()) + "}");
        HttpResponse<String> cancelled = transition(editor, scheduled, "cancel-schedule", null);
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        Thread.sleep(7000);
        assertEquals("APPROVED", field(editor.get("/articles/" + scheduled.id()).body(), "status"));
        assertEquals(403, transition(writer, Story.of(cancelled), "cancel-schedule", null).statusCode());
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static synchronized void staff() {
        if (admin != null) {
            return;
        }
        admin = StaffApi.admin();
        writer = user("writer", "WRITER");
        otherWriter = user("writer2", "WRITER");
        editor = user("editor", "EDITOR");
        otherEditor = user("editor2", "EDITOR");
        chief = user("chief", "CHIEF_EDITOR");
        adminOnly = user("admin", "ADMIN");
        HttpResponse<String> sections = writer.get("/articles/sections?edition=en");
        assertEquals(200, sections.statusCode(), sections.body());
        sectionId = Long.parseLong(field(sections.body(), "id"));
    }

    private static StaffApi user(String prefix, String role) {
        return StaffApi.as(StaffApi.createAccount(prefix, role));
    }

    private static Story draft(StaffApi by) {
        HttpResponse<String> created = by.post("/articles", "{\"edition\":\"en\",\"headline\":"
                + quote("Editorial test story " + SUFFIX + " " + STORIES.incrementAndGet()) + ",\"sectionId\":" + sectionId + "}");
        assertEquals(201, created.statusCode(), created.body());
        return Story.of(created);
    }

    private static Story inReview() {
        return step(step(draft(otherWriter), otherWriter, "submit", null), chief, "", null);
    }

    private static Story approved() {
        return step(inReview(), chief, "approve", null);
    }

    private static Story published() {
        return step(approved(), chief, "publish", null);
    }

    private static Story step(Story story, StaffApi by, String name, String body) {
        if (name.isEmpty()) {
            return story;
        }
        HttpResponse<String> response = transition(by, story, name, body);
        assertEquals(200, response.statusCode(), name + ": " + response.body());
        return Story.of(response);
    }

    private static HttpResponse<String> transition(StaffApi by, Story story, String name, String body) {
        return by.send("POST", "/articles/" + story.id() + "/transitions/" + name, story.etag(), body == null ? "{}" : body);
    }

    private static final Pattern ALLOWED_ACTIONS = Pattern.compile("\"allowedActions\":\\[([^\\]]*)\\]");

    /** What the story's representation, read by {@code by}, says they may do with it now. */
    private static Set<String> allowedActions(StaffApi by, Story story) {
        HttpResponse<String> read = by.get("/articles/" + story.id());
        assertEquals(200, read.statusCode(), read.body());
        Matcher list = ALLOWED_ACTIONS.matcher(read.body());
        assertTrue(list.find(), read.body());
        Set<String> actions = new java.util.TreeSet<>();
        for (String quoted : list.group(1).split(",")) {
            if (!quoted.isBlank()) {
                actions.add(quoted.strip().replace("\"", ""));
            }
        }
        return actions;
    }

    private static HttpResponse<String> save(StaffApi by, Story story, String body) {
        return by.send("PUT", "/articles/" + story.id(), story.etag(), text(body));
    }

    private static String text(String body) {
        return "{\"headline\":\"A headline\",\"summary\":null,\"body\":" + quote(body) + "}";
    }
}
