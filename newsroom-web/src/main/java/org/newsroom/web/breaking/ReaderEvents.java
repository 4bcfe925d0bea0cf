package org.newsroom.web.breaking;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingEvent;
import org.newsroom.editorial.breaking.BreakingView;
import org.newsroom.editorial.breaking.LiveEntryView;
import org.newsroom.editorial.breaking.TickerSnapshot;

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

    /** The item is gone from the ticker: {@code type} is retracted or expired. */
    static String removed(long id, String edition, BreakingEvent type) {
        return Json.createObjectBuilder()
                .add("id", id)
                .add("edition", edition)
                .add("type", type.wireName())
                .build().toString();
    }

    /** The whole ticker as this node holds it; the reader replaces its list with these items. */
    static String snapshot(Edition edition, TickerSnapshot snapshot) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        snapshot.items().forEach(item -> items.add(item(item, BreakingEvent.POSTED)));
        return Json.createObjectBuilder()
                .add("type", "snapshot")
                .add("edition", edition.code())
                .add("items", items)
                .build().toString();
    }

    static String liveEntry(LiveEntryView entry, BreakingEvent type) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", entry.id())
                .add("articleId", entry.articleId())
                .add("body", entry.body())
                .add("postedAt", entry.postedAt().toString())
                .add("type", type.wireName());
        if (entry.headline() != null) {
            json.add("headline", entry.headline());
        }
        return json.build().toString();
    }

    static String liveEntryRemoved(long articleId, long entryId) {
        return Json.createObjectBuilder()
                .add("id", entryId)
                .add("articleId", articleId)
                .add("type", BreakingEvent.LIVE_ENTRY_REMOVED.wireName())
                .build().toString();
    }

    /** Too much was missed to replay: the page should load itself again. */
    static String stale() {
        return Json.createObjectBuilder().add("type", "stale").build().toString();
    }
}
