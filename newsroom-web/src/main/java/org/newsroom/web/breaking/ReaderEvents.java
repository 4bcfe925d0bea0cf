package org.newsroom.web.breaking;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.newsroom.editorial.breaking.BreakingEvent;
import org.newsroom.editorial.breaking.BreakingView;
import org.newsroom.editorial.breaking.LiveEntryView;

/** The JSON readers' pages receive; the format is documented in docs/breaking.md. */
final class ReaderEvents {

    private ReaderEvents() {
    }

    static JsonObjectBuilder item(BreakingView item, BreakingEvent type) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", item.id())
                .add("edition", item.edition().code())
                .add("text", item.text())
                .add("postedAt", item.postedAt().toString())
                .add("type", type.wireName());
        if (item.url() != null) {
            json.add("url", item.url());
        }
        if (item.expiresAt() != null) {
            json.add("expiresAt", item.expiresAt().toString());
        }
        return json;
    }

    static String retracted(long id, String edition) {
        return Json.createObjectBuilder()
                .add("id", id)
                .add("edition", edition)
                .add("type", BreakingEvent.RETRACTED.wireName())
                .build().toString();
    }

    static String liveEntry(LiveEntryView entry) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", entry.id())
                .add("articleId", entry.articleId())
                .add("body", entry.body())
                .add("postedAt", entry.postedAt().toString())
                .add("type", BreakingEvent.LIVE_ENTRY.wireName());
        if (entry.headline() != null) {
            json.add("headline", entry.headline());
        }
        return json.build().toString();
    }
}
