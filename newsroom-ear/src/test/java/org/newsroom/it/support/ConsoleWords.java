package org.newsroom.it.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.Properties;

/**
 * The console's words in one language, read from the console's own bundle in the sources
 * ({@code newsroom-admin/src/main/resources/org/newsroom/admin/console[_xx].properties}), so a browser test
 * expects exactly what the page should say — in Arabic too — without a second copy of any translation.
 */
public final class ConsoleWords {

    private final String language;
    private final Properties words = new Properties();

    private ConsoleWords(String language) {
        this.language = language;
        String suffix = language.equals("en") ? "" : "_" + language;
        Path file = Path.of("..", "newsroom-admin", "src", "main", "resources", "org", "newsroom", "admin",
                "console" + suffix + ".properties");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            words.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code en}, {@code ar} or {@code es}. */
    public static ConsoleWords of(String language) {
        return new ConsoleWords(language);
    }

    public String get(String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no " + key + " in the " + language + " console bundle");
        }
        return value;
    }

    /** A message with its arguments filled in, as Faces does for the page. */
    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), Locale.forLanguageTag(language)).format(arguments);
    }

    public Collection<Object> all() {
        return words.values();
    }
}
