package org.newsroom.it.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one field of a small JSON answer in client tests, where a JSON library would be heavier than the check. */
public final class JsonField {

    private JsonField() {
    }

    /** The first value of a field (a number, string, boolean or null) in the JSON text. */
    public static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[-0-9.]+|true|false|null)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no field " + name + " in " + json);
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }
}
