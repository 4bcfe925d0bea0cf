package org.newsroom.editorial.breaking;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.newsroom.domain.edition.Edition;

/**
 * The JSON an inbox message carries:
 * {@code {"edition":"en","text":"...","articleId":123,"expiresAt":"2026-01-01T12:00:00Z"}}
 * (articleId and expiresAt optional). Parsing refuses with a reason a sender can act on.
 */
record InboxPosting(Edition edition, String text, Long articleId, Instant expiresAt) {

    /** The message is the sender's mistake; it goes to the dead letters with this reason. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason);
        }
    }

    static InboxPosting parse(String json) throws Refused {
        if (json == null || json.isBlank()) {
            throw new Refused("Empty message body");
        }
        JsonObject object;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Refused("The body must be a JSON object");
            }
            object = value.asJsonObject();
        } catch (JsonException e) {
            throw new Refused("Malformed JSON: " + e.getMessage());
        }
        String code = string(object, "edition");
        if (code == null) {
            throw new Refused("Missing \"edition\"");
        }
        Edition edition = Edition.fromCode(code).orElseThrow(() -> new Refused("Unknown edition \"" + code + "\""));
        String text = string(object, "text");
        if (text == null || text.isBlank()) {
            throw new Refused("Missing \"text\"");
        }
        Long articleId = null;
        JsonValue article = object.get("articleId");
        if (article != null && article.getValueType() != JsonValue.ValueType.NULL) {
            if (!(article instanceof JsonNumber number) || !number.isIntegral()) {
                throw new Refused("\"articleId\" must be an integer");
            }
            articleId = number.longValue();
        }
        Instant expiresAt = null;
        String expiry = string(object, "expiresAt");
        if (expiry != null) {
            try {
                expiresAt = OffsetDateTime.parse(expiry).toInstant();
            } catch (DateTimeParseException e) {
                throw new Refused("\"expiresAt\" is not an ISO-8601 date-time with offset: " + expiry);
            }
        }
        return new InboxPosting(edition, text, articleId, expiresAt);
    }

    private static String string(JsonObject object, String name) throws Refused {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw new Refused("\"" + name + "\" must be a string");
        }
        return string.getString();
    }
}
