package org.newsroom.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The console's words in every language it speaks: each bundle beside {@code console.properties}
 * has every key, nothing blank, the same placeholders, patterns MessageFormat reads as meant, and
 * no English left in place. The bundles are read as files, not through {@link ResourceBundle}
 * lookups, because a lookup answers a missing Arabic key from the English parent and hides it.
 */
class ConsoleBundlesTest {

    private static final String FOLDER = "/org/newsroom/admin/";
    private static final String ENGLISH = "en";

    /** The languages the newsroom works in; a bundle found beside them is checked too. */
    private static final Set<String> REQUIRED = Set.of(ENGLISH, "ar", "es");

    /**
     * Keys whose translation may rightly be the English word, per language (everything else equal
     * to the English is taken for an untranslated copy). {@code language.*} needs no entry: each
     * language's name is written in that language in every bundle, checked on its own below.
     */
    private static final Map<String, Set<String>> MAY_EQUAL_ENGLISH = Map.of(
            "es", Set.of(
                    "role.EDITOR",      // "Editor" is the Spanish word too
                    "users.roles",      // "Roles" as well
                    "editor.kind.BLOG", // "Blog" is the word Spanish newsrooms use
                    "users.no"));       // "No"

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");

    @Test
    void everyLanguageOfTheNewsroomHasABundleThatResourceBundleFindsWithoutFallingBack() {
        Map<String, Map<String, String>> bundles = bundles();
        assertTrue(bundles.keySet().containsAll(REQUIRED), "bundles found: " + bundles.keySet() + ", needed: " + REQUIRED);
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String language : bundles.keySet()) {
            if (language.equals(ENGLISH)) {
                continue; // the base bundle is the one every other falls back to
            }
            ResourceBundle found = ResourceBundle.getBundle("org.newsroom.admin.console", Locale.forLanguageTag(language), noFallback);
            assertEquals(language, found.getLocale().getLanguage(), "the bundle ResourceBundle gives for " + language);
        }
    }

    @Test
    void everyBundleHasEveryKeyAnotherBundleHas() {
        Map<String, Map<String, String>> bundles = bundles();
        Set<String> allKeys = bundles.values().stream().flatMap(words -> words.keySet().stream()).collect(Collectors.toCollection(TreeSet::new));
        List<String> gaps = new ArrayList<>();
        bundles.forEach((language, words) -> {
            Set<String> missing = new TreeSet<>(allKeys);
            missing.removeAll(words.keySet());
            if (!missing.isEmpty()) {
                gaps.add(fileOf(language) + " lacks " + missing);
            }
        });
        assertTrue(gaps.isEmpty(), String.join("\n", gaps));
    }

    @Test
    void noValueIsBlank() {
        List<String> blank = new ArrayList<>();
        bundles().forEach((language, words) -> words.forEach((key, value) -> {
            if (value.isBlank()) {
                blank.add(fileOf(language) + ": " + key);
            }
        }));
        assertTrue(blank.isEmpty(), "blank values:\n" + String.join("\n", blank));
    }

    @Test
    void aKeyHasTheSamePlaceholdersInEveryLanguage() {
        Map<String, Map<String, String>> bundles = bundles();
        Map<String, String> english = bundles.get(ENGLISH);
        List<String> differ = new ArrayList<>();
        bundles.forEach((language, words) -> words.forEach((key, value) -> {
            if (english.containsKey(key) && !placeholders(value).equals(placeholders(english.get(key)))) {
                differ.add(fileOf(language) + ": " + key + " has " + placeholders(value) + ", the English has " + placeholders(english.get(key)));
            }
        }));
        assertTrue(differ.isEmpty(), String.join("\n", differ));
    }

    /**
     * MessageFormat must read the pattern, and read it as meant: a lone apostrophe quotes what
     * follows, so it silently eats the apostrophe itself or a placeholder ({@code ''} is one
     * apostrophe). Values without placeholders are shown as they are, so there {@code ''} is a
     * mistake the other way round.
     */
    @Test
    void patternsAreReadByMessageFormatAsWritten() {
        List<String> wrong = new ArrayList<>();
        bundles().forEach((language, words) -> words.forEach((key, value) -> {
            String where = fileOf(language) + ": " + key;
            Set<Integer> indexes = placeholders(value);
            if (indexes.isEmpty()) {
                if (value.contains("''")) {
                    wrong.add(where + " has '' but no placeholder, so it shows two apostrophes");
                }
                return;
            }
            String formatted;
            try {
                formatted = new MessageFormat(value, Locale.forLanguageTag(language)).format(markers(indexes));
            } catch (IllegalArgumentException unreadable) {
                wrong.add(where + " is not a MessageFormat pattern: " + unreadable.getMessage());
                return;
            }
            for (int index : indexes) {
                if (!formatted.contains(marker(index))) {
                    wrong.add(where + " loses {" + index + "} (quoted by an apostrophe?)");
                }
            }
            if (value.replace("''", "").contains("'")) {
                wrong.add(where + " has a single apostrophe; with placeholders it must be written ''");
            }
        }));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void noTranslationIsTheEnglishLeftInPlace() {
        Map<String, Map<String, String>> bundles = bundles();
        Map<String, String> english = bundles.get(ENGLISH);
        List<String> copied = new ArrayList<>();
        bundles.forEach((language, words) -> {
            if (language.equals(ENGLISH)) {
                return;
            }
            Set<String> allowed = MAY_EQUAL_ENGLISH.getOrDefault(language, Set.of());
            words.forEach((key, value) -> {
                if (!key.startsWith("language.") && !allowed.contains(key) && value.strip().equals(english.getOrDefault(key, "").strip())) {
                    copied.add(fileOf(language) + ": " + key + "=" + value);
                }
            });
        });
        assertTrue(copied.isEmpty(), "still the English (translate, or list the key in MAY_EQUAL_ENGLISH with a reason):\n" + String.join("\n", copied));
    }

    /** Catches a value pasted from another language that differs from the English by a word or two. */
    @Test
    void everyArabicValueIsWrittenInArabicLetters() {
        List<String> latinOnly = bundles().get("ar").entrySet().stream()
                .filter(word -> !word.getKey().startsWith("language."))
                .filter(word -> !ARABIC_LETTER.matcher(word.getValue()).find())
                .map(word -> word.getKey() + "=" + word.getValue())
                .toList();
        assertTrue(latinOnly.isEmpty(), "console_ar.properties values without an Arabic letter:\n" + String.join("\n", latinOnly));
    }

    /** A language picker shows each language in its own words, whatever the console speaks now. */
    @Test
    void everyLanguageIsNamedInItselfInEveryBundle() {
        Map<String, Map<String, String>> bundles = bundles();
        Map<String, String> english = bundles.get(ENGLISH);
        for (String language : bundles.keySet()) {
            String name = english.get("language." + language);
            assertTrue(name != null, "console.properties has no language." + language + " for " + fileOf(language));
            bundles.forEach((other, words) -> assertEquals(name, words.get("language." + language), fileOf(other) + ": language." + language));
        }
    }

    @Test
    void noKeyIsWrittenTwiceInAFile() {
        List<String> twice = new ArrayList<>();
        for (String language : bundles().keySet()) {
            Properties once = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    Object before = super.put(key, value);
                    if (before != null) {
                        twice.add(fileOf(language) + ": " + key);
                    }
                    return before;
                }
            };
            load(language, once);
        }
        assertTrue(twice.isEmpty(), "keys given twice (the last one wins silently):\n" + String.join("\n", twice));
    }

    /** Every console bundle on the class path, by language ({@code en} for the base file). */
    private static Map<String, Map<String, String>> bundles() {
        Map<String, Map<String, String>> bundles = new TreeMap<>();
        for (String language : languagesOnDisk()) {
            Properties words = new Properties();
            load(language, words);
            Map<String, String> byKey = new TreeMap<>();
            words.stringPropertyNames().forEach(key -> byKey.put(key, words.getProperty(key)));
            bundles.put(language, byKey);
        }
        return bundles;
    }

    private static Set<String> languagesOnDisk() {
        URL base = ConsoleBundlesTest.class.getResource(FOLDER + "console.properties");
        assertTrue(base != null && "file".equals(base.getProtocol()), "console.properties should be a file on the class path, is " + base);
        try (Stream<Path> files = Files.list(Path.of(base.toURI()).getParent())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("console(_[a-z]{2,3})?\\.properties"))
                    .map(name -> name.equals("console.properties") ? ENGLISH : name.substring("console_".length(), name.length() - ".properties".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException | URISyntaxException unlisted) {
            throw new AssertionError("cannot list the console bundles", unlisted);
        }
    }

    /** Reads a bundle strictly as UTF-8, as Java reads properties bundles: a malformed byte fails here. */
    private static void load(String language, Properties into) {
        try (InputStream in = ConsoleBundlesTest.class.getResourceAsStream(FOLDER + fileOf(language));
             Reader text = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder())) {
            into.load(text);
        } catch (CharacterCodingException notUtf8) {
            fail(fileOf(language) + " is not UTF-8");
        } catch (IOException unreadable) {
            throw new AssertionError("cannot read " + fileOf(language), unreadable);
        }
    }

    private static String fileOf(String language) {
        return language.equals(ENGLISH) ? "console.properties" : "console_" + language + ".properties";
    }

    private static Set<Integer> placeholders(String value) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher found = PLACEHOLDER.matcher(value);
        while (found.find()) {
            indexes.add(Integer.parseInt(found.group(1)));
        }
        return indexes;
    }

    private static Object[] markers(Set<Integer> indexes) {
        Object[] arguments = new Object[indexes.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        for (int index = 0; index < arguments.length; index++) {
            arguments[index] = marker(index);
        }
        return arguments;
    }

    private static String marker(int index) {
        return "<<argument " + index + ">>";
    }
}
