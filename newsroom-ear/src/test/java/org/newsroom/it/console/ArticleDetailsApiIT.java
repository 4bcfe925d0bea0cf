package org.newsroom.it.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.StaffApi;

/**
 * A story's details through the staff API with real accounts: an editor changes the tags
 * of a published story and the public API shows them (its cached copy was dropped), the
 * slug stays fixed once published, a writer cannot touch it, and an editor assigns it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ArticleDetailsApiIT {

    private static final AtomicInteger STORIES = new AtomicInteger();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void editorRetagsAPublishedStoryReadersSeeItAndTheSlugStaysFixed() throws Exception {
        String writer = StaffApi.createAccount("details-writer", "WRITER");
        String editor = StaffApi.createAccount("details-editor", "EDITOR");
        String headline = "Details api " + StaffApi.SUFFIX + " " + STORIES.incrementAndGet();
        long id = publishedStory(writer, editor, headline);

        // Readers' API copy is cached now, without the tag.
        String before = publicArticle(id);
        String tag = "Late tag " + StaffApi.SUFFIX;
        assertTrue(!before.contains(tag), before);

        HttpResponse<String> details = StaffApi.as(editor).call("GET", "/articles/" + id + "/details", null);
        assertEquals(200, details.statusCode(), details.body());
        String etag = details.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> slugChange = StaffApi.as(editor).send("PUT", "/articles/" + id + "/details", etag,
                "{\"slug\":\"another-slug-" + StaffApi.SUFFIX + "\"}");
        assertEquals(409, slugChange.statusCode(), slugChange.body());
        assertTrue(slugChange.body().contains("The slug is fixed once the story has been published"), slugChange.body());

        HttpResponse<String> writerTry = StaffApi.as(writer).send("PUT", "/articles/" + id + "/details", etag,
                "{\"newTags\":[\"Writer tag\"]}");
        assertEquals(403, writerTry.statusCode(), writerTry.body());

        HttpResponse<String> retagged = StaffApi.as(editor).send("PUT", "/articles/" + id + "/details", etag,
                "{\"newTags\":[\"" + tag + "\"]}");
        assertEquals(200, retagged.statusCode(), retagged.body());
        assertTrue(retagged.body().contains(tag), retagged.body());

        // The ContentChanged message drops the cached copy: readers get the new tag soon.
        long deadline = System.currentTimeMillis() + 20_000;
        String after = publicArticle(id);
        while (!after.contains(tag) && System.currentTimeMillis() < deadline) {
            Thread.sleep(300);
            after = publicArticle(id);
        }
        assertTrue(after.contains(tag), after);

        // The old version is refused now.
        HttpResponse<String> stale = StaffApi.as(editor).send("PUT", "/articles/" + id + "/details", etag, "{\"newTags\":[]}");
        assertEquals(412, stale.statusCode(), stale.body());
    }

    @Test
    void editorAssignsAStoryAndTheDetailsShowWho() {
        String writer = StaffApi.createAccount("assign-writer", "WRITER");
        String editor = StaffApi.createAccount("assign-editor", "EDITOR");
        HttpResponse<String> sections = StaffApi.as(writer).call("GET", "/articles/sections?edition=en", null);
        HttpResponse<String> created = StaffApi.as(writer).call("POST", "/articles", "{\"edition\":\"en\",\"headline\":\"Assign api "
                + StaffApi.SUFFIX + "\",\"sectionId\":" + field(sections.body(), "id") + ",\"kind\":\"VIDEO\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(field(created.body(), "id"));
        HttpResponse<String> assigned = StaffApi.as(editor).send("POST", "/articles/" + id + "/transitions/assign",
                created.headers().firstValue("ETag").orElseThrow(), "{\"assignee\":\"" + writer + "\"}");
        assertEquals(200, assigned.statusCode(), assigned.body());
        HttpResponse<String> details = StaffApi.as(writer).call("GET", "/articles/" + id + "/details", null);
        assertEquals(writer, field(details.body(), "assignee"));
        assertEquals("VIDEO", field(details.body(), "kind"));
        HttpResponse<String> badKind = StaffApi.as(writer).call("POST", "/articles", "{\"edition\":\"en\",\"headline\":\"Bad kind "
                + StaffApi.SUFFIX + "\",\"sectionId\":" + field(sections.body(), "id") + ",\"kind\":\"PODCAST\"}");
        assertEquals(400, badKind.statusCode(), badKind.body());
        assertTrue(badKind.body().contains("the kind is one of"), badKind.body());
    }

    private static long publishedStory(String writer, String editor, String headline) {
        HttpResponse<String> sections = StaffApi.as(writer).call("GET", "/articles/sections?edition=en", null);
        HttpResponse<String> created = StaffApi.as(writer).call("POST", "/articles", "{\"edition\":\"en\",\"headline\":\"" + headline
                + "\",\"sectionId\":" + field(sections.body(), "id") + "}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(field(created.body(), "id"));
        String etag = created.headers().firstValue("ETag").orElseThrow();
        for (String step : new String[] {"submit", "approve", "publish"}) {
            HttpResponse<String> moved = StaffApi.as(step.equals("submit") ? writer : editor).transition(id, step, etag);
            assertEquals(200, moved.statusCode(), step + ": " + moved.body());
            etag = moved.headers().firstValue("ETag").orElseThrow();
        }
        return id;
    }

    private static String publicArticle(long id) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/api/v1/articles/" + id))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
