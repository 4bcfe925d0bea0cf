package org.newsroom.it.speed;

import static org.newsroom.it.support.JsonField.field;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.newsroom.it.support.StaffApi;

/** Publishes and unpublishes stories through the staff API as {@code admin}, the way an editor's tools do. */
final class Newsdesk {

    record Story(long id, String etag, String headline) {
    }

    private final StaffApi admin = StaffApi.admin();

    Story publish(long sectionId, String headline) {
        HttpResponse<String> created = admin.post("/articles",
                "{\"edition\":\"en\",\"headline\":\"" + headline + "\",\"sectionId\":" + sectionId + ",\"desk\":\"speed\"}");
        assertEquals(201, created.statusCode(), created.body());
        Story story = new Story(Long.parseLong(field(created.body(), "id")), StaffApi.etag(created), headline);
        for (String step : new String[] {"submit", "approve", "publish"}) {
            story = transition(story, step);
        }
        return story;
    }

    Story transition(Story story, String name) {
        HttpResponse<String> response = admin.transition(story.id(), name, story.etag());
        assertEquals(200, response.statusCode(), name + ": " + response.body());
        return new Story(story.id(), StaffApi.etag(response), story.headline());
    }

    /** Sections of the English edition as {@code id slug} pairs, in the API's order. */
    String sections() {
        HttpResponse<String> response = admin.get("/articles/sections?edition=en");
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }
}
