package org.newsroom.domain.refusal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.junit.jupiter.api.Test;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.article.StoryAction;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.refusal.Refusal.Word;
import org.newsroom.domain.staff.Role;

/**
 * The refusals in every language the newsroom works in, in the style of the console's {@code ConsoleBundlesTest}:
 * each {@link Reason} has a sentence in every bundle and every sentence a reason; the words of the workflow a
 * refusal can name are there; nothing is blank, the placeholders agree, MessageFormat reads every sentence as
 * written, and no Arabic or Spanish value is the English left in place. The files are read as files, because a
 * {@link ResourceBundle} lookup answers a missing Arabic key from the English parent and hides it.
 */
class RefusalBundlesTest {

    private static final String FOLDER = "/org/newsroom/domain/refusal/";
    private static final String ENGLISH = "en";
    private static final List<String> LANGUAGES = List.of(ENGLISH, "ar", "es");

    /** The enums whose constants a refusal may name as words ({@code word.<Type>.<NAME>}). */
    private static final List<Class<? extends Enum<?>>> WORDS =
            List.of(ArticleStatus.class, ArticleKind.class, Role.class, StoryAction.class, AuditAction.class);

    /** Values that may rightly equal the English, per language, with the reason. */
    private static final Map<String, Set<String>> MAY_EQUAL_ENGLISH = Map.of(
            "es", Set.of(
                    "word.Role.EDITOR",        // "editor" is the Spanish word too
                    "word.ArticleKind.BLOG")); // "blog" as well

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^{}]*");
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");

    @Test
    void everyLanguageHasABundleThatResourceBundleFindsWithoutFallingBack() {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String language : LANGUAGES.subList(1, LANGUAGES.size())) {
            ResourceBundle found = ResourceBundle.getBundle(Refusal.BUNDLE, Locale.forLanguageTag(language), noFallback);
            assertEquals(language, found.getLocale().getLanguage(), "the bundle ResourceBundle gives for " + language);
        }
    }

    @Test
    void everyReasonHasASentenceInEveryLanguageAndEverySentenceAReason() {
        Set<String> reasons = Arrays.stream(Reason.values()).map(Reason::name).collect(Collectors.toCollection(TreeSet::new));
        List<String> gaps = new ArrayList<>();
        bundles().forEach((language, values) -> {
            Set<String> sentences = values.keySet().stream().filter(key -> !key.startsWith("word."))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> missing = new TreeSet<>(reasons);
            missing.removeAll(sentences);
            Set<String> orphans = new TreeSet<>(sentences);
            orphans.removeAll(reasons);
            if (!missing.isEmpty()) {
                gaps.add(fileOf(language) + " has no sentence for " + missing);
            }
            if (!orphans.isEmpty()) {
                gaps.add(fileOf(language) + " has sentences no Reason names: " + orphans);
            }
        });
        assertTrue(gaps.isEmpty(), String.join("\n", gaps));
    }

    @Test
    void everyWordARefusalCanNameIsInEveryLanguage() {
        Set<String> needed = new TreeSet<>();
        for (Class<? extends Enum<?>> type : WORDS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                needed.add(Word.of(constant).key());
            }
        }
        for (Role role : Role.values()) {
            needed.add(Word.of(role, "plural").key());
        }
        for (StoryAction action : StoryAction.values()) {
            if (action.target().isEmpty()) {
                needed.add(Word.of(action, "state").key()); // "a story that is published cannot be <state>"
            }
        }
        List<String> gaps = new ArrayList<>();
        bundles().forEach((language, values) -> {
            Set<String> missing = new TreeSet<>(needed);
            missing.removeAll(values.keySet());
            Set<String> unused = values.keySet().stream().filter(key -> key.startsWith("word.") && !needed.contains(key))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!missing.isEmpty()) {
                gaps.add(fileOf(language) + " lacks the words " + missing);
            }
            if (!unused.isEmpty()) {
                gaps.add(fileOf(language) + " has words no refusal can name: " + unused);
            }
        });
        assertTrue(gaps.isEmpty(), String.join("\n", gaps));
    }

    @Test
    void noValueIsBlank() {
        List<String> blank = new ArrayList<>();
        bundles().forEach((language, values) -> values.forEach((key, value) -> {
            if (value.isBlank()) {
                blank.add(fileOf(language) + ": " + key);
            }
        }));
        assertTrue(blank.isEmpty(), "blank values:\n" + String.join("\n", blank));
    }

    @Test
    void aSentenceHasTheSamePlaceholdersInEveryLanguage() {
        Map<String, Map<String, String>> bundles = bundles();
        Map<String, String> english = bundles.get(ENGLISH);
        List<String> differ = new ArrayList<>();
        bundles.forEach((language, values) -> values.forEach((key, value) -> {
            if (english.containsKey(key) && !placeholders(value).equals(placeholders(english.get(key)))) {
                differ.add(fileOf(language) + ": " + key + " has " + placeholders(value) + ", the English has "
                        + placeholders(english.get(key)));
            }
        }));
        assertTrue(differ.isEmpty(), String.join("\n", differ));
    }

    /**
     * Every sentence goes through MessageFormat, placeholders or not, so each must be a pattern it reads as
     * written: a lone apostrophe quotes what follows and silently eats itself or a placeholder ({@code ''} is
     * one apostrophe). A word is shown as it is, so there {@code ''} or a brace is the mistake.
     */
    @Test
    void sentencesAreReadByMessageFormatAsWrittenAndWordsAreShownAsTheyAre() {
        List<String> wrong = new ArrayList<>();
        bundles().forEach((language, values) -> values.forEach((key, value) -> {
            String where = fileOf(language) + ": " + key;
            if (key.startsWith("word.")) {
                if (value.contains("''") || value.contains("{")) {
                    wrong.add(where + " is a word, shown as it is: no '' and no braces");
                }
                return;
            }
            wrong.addAll(misreadings(where, value, Locale.forLanguageTag(language)));
        }));
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** The check above catches the mistakes it is there for. */
    @Test
    void aLoneApostropheOrABrokenPatternIsCaught() {
        Locale english = Locale.ROOT;
        assertTrue(misreadings("x", "It's {0}", english).stream().anyMatch(s -> s.contains("loses {0}")));
        assertTrue(misreadings("x", "It's gone", english).stream().anyMatch(s -> s.contains("single apostrophe")));
        assertTrue(misreadings("x", "There is no story {0", english).stream().anyMatch(s -> s.contains("not a MessageFormat")));
        assertTrue(misreadings("x", "{0} is {1,choice,1#one|1<{1} many}, isn''t it", english).isEmpty());
    }

    @Test
    void noTranslationIsTheEnglishLeftInPlace() {
        Map<String, Map<String, String>> bundles = bundles();
        Map<String, String> english = bundles.get(ENGLISH);
        List<String> copied = new ArrayList<>();
        bundles.forEach((language, values) -> {
            if (language.equals(ENGLISH)) {
                return;
            }
            Set<String> allowed = MAY_EQUAL_ENGLISH.getOrDefault(language, Set.of());
            values.forEach((key, value) -> {
                if (!allowed.contains(key) && value.strip().equals(english.getOrDefault(key, "").strip())) {
                    copied.add(fileOf(language) + ": " + key + "=" + value);
                }
            });
        });
        assertTrue(copied.isEmpty(), "still the English (translate, or list the key in MAY_EQUAL_ENGLISH with a reason):\n"
                + String.join("\n", copied));
    }

    @Test
    void everyArabicValueIsWrittenInArabicLetters() {
        List<String> latinOnly = bundles().get("ar").entrySet().stream()
                .filter(value -> !ARABIC_LETTER.matcher(value.getValue()).find())
                .map(value -> value.getKey() + "=" + value.getValue())
                .toList();
        assertTrue(latinOnly.isEmpty(), "refusals_ar.properties values without an Arabic letter:\n" + String.join("\n", latinOnly));
    }

    @Test
    void noKeyIsWrittenTwiceInAFile() {
        List<String> twice = new ArrayList<>();
        for (String language : LANGUAGES) {
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

    /** What is wrong with this sentence as a MessageFormat pattern, if anything. */
    private static List<String> misreadings(String where, String value, Locale locale) {
        List<String> wrong = new ArrayList<>();
        if (value.replace("''", "").contains("'")) {
            wrong.add(where + " has a single apostrophe; a refusal always goes through MessageFormat, so write ''");
        }
        MessageFormat format;
        try {
            format = new MessageFormat(value, locale);
        } catch (IllegalArgumentException unreadable) {
            wrong.add(where + " is not a MessageFormat pattern: " + unreadable.getMessage());
            return wrong;
        }
        Format[] byArgument = format.getFormatsByArgumentIndex();
        Object[] arguments = new Object[byArgument.length];
        for (int index = 0; index < arguments.length; index++) {
            arguments[index] = byArgument[index] instanceof ChoiceFormat ? (Object) 2 : marker(index);
        }
        String formatted = format.format(arguments);
        for (int index = 0; index < arguments.length; index++) {
            if (!(byArgument[index] instanceof ChoiceFormat) && !formatted.contains(marker(index))) {
                wrong.add(where + " loses {" + index + "} (quoted by an apostrophe?)");
            }
        }
        for (int index : placeholders(value)) {
            if (index >= arguments.length) {
                wrong.add(where + " loses {" + index + "} (quoted by an apostrophe?)");
            }
        }
        return wrong;
    }

    private static Map<String, Map<String, String>> bundles() {
        Map<String, Map<String, String>> bundles = new TreeMap<>();
        for (String language : LANGUAGES) {
            Properties values = new Properties();
            load(language, values);
            Map<String, String> byKey = new TreeMap<>();
            values.stringPropertyNames().forEach(key -> byKey.put(key, values.getProperty(key)));
            bundles.put(language, byKey);
        }
        return bundles;
    }

    /** Reads a bundle strictly as UTF-8, as Java reads properties bundles: a malformed byte fails here. */
    private static void load(String language, Properties into) {
        InputStream in = RefusalBundlesTest.class.getResourceAsStream(FOLDER + fileOf(language));
        assertTrue(in != null, fileOf(language) + " is not on the class path");
        try (in; Reader text = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder())) {
            into.load(text);
        } catch (CharacterCodingException notUtf8) {
            fail(fileOf(language) + " is not UTF-8");
        } catch (IOException unreadable) {
            throw new AssertionError("cannot read " + fileOf(language), unreadable);
        }
    }

    private static String fileOf(String language) {
        return language.equals(ENGLISH) ? "refusals.properties" : "refusals_" + language + ".properties";
    }

    private static Set<Integer> placeholders(String value) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher found = PLACEHOLDER.matcher(value);
        while (found.find()) {
            indexes.add(Integer.parseInt(found.group(1)));
        }
        return indexes;
    }

    private static String marker(int index) {
        return "<<argument " + index + ">>";
    }
}
