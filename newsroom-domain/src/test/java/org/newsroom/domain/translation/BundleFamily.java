package org.newsroom.domain.translation;

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
import java.text.ChoiceFormat;
import java.text.Format;
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
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One properties bundle in every language the newsroom works in — the base file in English and a
 * {@code <name>_<language>.properties} beside it for each other — and what a translator can get wrong in it. Each
 * check returns the faults it finds, one line each naming the file and the key, so a test asserts the list is empty
 * and its failure says what to fix.
 *
 * <p>The files are read as files, strictly as UTF-8, never through {@link ResourceBundle} lookups: a lookup answers a
 * key missing in Arabic from the English parent and hides the gap. Every {@code <name>_*.properties} found beside the
 * base file is checked, so a new language is checked before anyone lists it.
 *
 * <p>The console's bundle ({@code ConsoleBundlesTest}) and the refusals' ({@code RefusalBundlesTest}) are both checked
 * here; the domain's test jar carries this package to the console's module.
 */
public final class BundleFamily {

    public static final String ENGLISH = "en";
    /** The languages the newsroom works in: each must have its file. */
    public static final Set<String> REQUIRED = Set.of(ENGLISH, "ar", "es");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^{}]*");
    private static final Pattern ARABIC_LETTER = Pattern.compile("\\p{IsArabic}");

    private final Class<?> anchor;
    private final String baseName;
    private final String folder;
    private final String name;
    private final BiPredicate<String, String> shownAsIs;
    private final Predicate<String> sameInEveryLanguage;
    private final Map<String, Set<String>> mayEqualEnglish;

    /**
     * @param anchor              a class whose class loader sees the files
     * @param baseName            the bundle's base name, as {@code ResourceBundle.getBundle} takes it ({@code org.newsroom.admin.console})
     * @param shownAsIs           which values (by key and value) are shown as written rather than through {@code MessageFormat}
     * @param sameInEveryLanguage keys whose value is rightly the same in every file (a language's name in itself)
     * @param mayEqualEnglish     per language, keys whose translation is rightly the English word (list the reason beside each)
     */
    public BundleFamily(Class<?> anchor, String baseName, BiPredicate<String, String> shownAsIs,
                        Predicate<String> sameInEveryLanguage, Map<String, Set<String>> mayEqualEnglish) {
        this.anchor = anchor;
        this.folder = "/" + baseName.substring(0, baseName.lastIndexOf('.') + 1).replace('.', '/');
        this.name = baseName.substring(baseName.lastIndexOf('.') + 1);
        this.baseName = baseName;
        this.shownAsIs = shownAsIs;
        this.sameInEveryLanguage = sameInEveryLanguage;
        this.mayEqualEnglish = mayEqualEnglish;
    }

    /** Each file's values by key, by language ({@code en} for the base file). */
    public Map<String, Map<String, String>> values() {
        Map<String, Map<String, String>> bundles = new TreeMap<>();
        for (String language : languages()) {
            Properties values = new Properties();
            load(language, values);
            Map<String, String> byKey = new TreeMap<>();
            values.stringPropertyNames().forEach(key -> byKey.put(key, values.getProperty(key)));
            bundles.put(language, byKey);
        }
        return bundles;
    }

    public String fileOf(String language) {
        return language.equals(ENGLISH) ? name + ".properties" : name + "_" + language + ".properties";
    }

    /** A language of the newsroom without its file, or a file {@code ResourceBundle} would not give for its language. */
    public List<String> languagesMissingOrNotFound() {
        List<String> wrong = new ArrayList<>();
        Set<String> found = languages();
        for (String language : REQUIRED) {
            if (!found.contains(language)) {
                wrong.add("there is no " + fileOf(language));
            }
        }
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String language : found) {
            if (language.equals(ENGLISH)) {
                continue; // the base every other falls back to
            }
            Locale given = ResourceBundle.getBundle(baseName, Locale.forLanguageTag(language), noFallback).getLocale();
            if (!language.equals(given.getLanguage())) {
                wrong.add("ResourceBundle gives the bundle of \"" + given + "\" for " + language + ", not " + fileOf(language));
            }
        }
        return wrong;
    }

    /** Keys one file has and another lacks. */
    public List<String> keysMissing() {
        Map<String, Map<String, String>> bundles = values();
        Set<String> allKeys = bundles.values().stream().flatMap(values -> values.keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> gaps = new ArrayList<>();
        bundles.forEach((language, values) -> {
            Set<String> missing = new TreeSet<>(allKeys);
            missing.removeAll(values.keySet());
            if (!missing.isEmpty()) {
                gaps.add(fileOf(language) + " lacks " + missing);
            }
        });
        return gaps;
    }

    public List<String> blankValues() {
        List<String> blank = new ArrayList<>();
        values().forEach((language, values) -> values.forEach((key, value) -> {
            if (value.isBlank()) {
                blank.add(fileOf(language) + ": " + key + " is blank");
            }
        }));
        return blank;
    }

    /** A value whose placeholders ({@code {0}}, {@code {1,choice,…}}) are not the English value's. */
    public List<String> placeholdersDiffering() {
        Map<String, Map<String, String>> bundles = values();
        Map<String, String> english = bundles.get(ENGLISH);
        List<String> differ = new ArrayList<>();
        bundles.forEach((language, values) -> values.forEach((key, value) -> {
            if (english != null && english.containsKey(key) && !placeholders(value).equals(placeholders(english.get(key)))) {
                differ.add(fileOf(language) + ": " + key + " has " + placeholders(value) + ", the English has "
                        + placeholders(english.get(key)));
            }
        }));
        return differ;
    }

    /**
     * Values read otherwise than written. Through {@code MessageFormat}: a pattern it cannot read, a lone apostrophe
     * (it quotes what follows and silently eats itself or a placeholder; {@code ''} is one apostrophe). Shown as
     * written: a {@code ''} or a brace, which would show as they are.
     */
    public List<String> patternsMisread() {
        List<String> wrong = new ArrayList<>();
        values().forEach((language, values) -> values.forEach((key, value) -> {
            String where = fileOf(language) + ": " + key;
            if (shownAsIs.test(key, value)) {
                if (value.contains("''") || value.contains("{") || value.contains("}")) {
                    wrong.add(where + " is shown as written: '' would show two apostrophes and a brace a brace");
                }
            } else {
                wrong.addAll(misreadings(where, value, Locale.forLanguageTag(language)));
            }
        }));
        return wrong;
    }

    /** Translations that are still the English, but for the keys allowed to be. */
    public List<String> englishLeftInPlace() {
        Map<String, Map<String, String>> bundles = values();
        Map<String, String> english = bundles.getOrDefault(ENGLISH, Map.of());
        List<String> copied = new ArrayList<>();
        bundles.forEach((language, values) -> {
            if (language.equals(ENGLISH)) {
                return;
            }
            Set<String> allowed = mayEqualEnglish.getOrDefault(language, Set.of());
            values.forEach((key, value) -> {
                if (!sameInEveryLanguage.test(key) && !allowed.contains(key)
                        && value.strip().equals(english.getOrDefault(key, "").strip())) {
                    copied.add(fileOf(language) + ": " + key + "=" + value
                            + " is still the English (translate it, or list the key as one that may equal the English, with the reason)");
                }
            });
        });
        return copied;
    }

    /** Arabic values without one Arabic letter: pasted from another language, or left in Latin letters. */
    public List<String> arabicWithoutArabicLetters() {
        return values().getOrDefault("ar", Map.of()).entrySet().stream()
                .filter(value -> !sameInEveryLanguage.test(value.getKey()))
                .filter(value -> !ARABIC_LETTER.matcher(value.getValue()).find())
                .map(value -> fileOf("ar") + ": " + value.getKey() + "=" + value.getValue() + " has no Arabic letter")
                .toList();
    }

    /** A key given twice in one file: the last one wins silently. */
    public List<String> keysWrittenTwice() {
        List<String> twice = new ArrayList<>();
        for (String language : languages()) {
            Properties once = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    Object before = super.put(key, value);
                    if (before != null) {
                        twice.add(fileOf(language) + ": " + key + " is given twice");
                    }
                    return before;
                }
            };
            load(language, once);
        }
        return twice;
    }

    /** What is wrong with this value as a {@code MessageFormat} pattern, if anything. */
    public static List<String> misreadings(String where, String value, Locale locale) {
        List<String> wrong = new ArrayList<>();
        if (value.replace("''", "").contains("'")) {
            wrong.add(where + " has a single apostrophe; it goes through MessageFormat, so write ''");
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

    /** The indexes of the placeholders in a value, those inside a {@code choice} included. */
    public static Set<Integer> placeholders(String value) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher found = PLACEHOLDER.matcher(value);
        while (found.find()) {
            indexes.add(Integer.parseInt(found.group(1)));
        }
        return indexes;
    }

    /** The languages with a file beside the base file; the base file is {@code en}. */
    private Set<String> languages() {
        URL base = anchor.getResource(folder + name + ".properties");
        if (base == null || !"file".equals(base.getProtocol())) {
            throw new AssertionError(folder + name + ".properties should be a file on the class path, is " + base);
        }
        String pattern = Pattern.quote(name) + "(_[a-z]{2,3})?\\.properties";
        try (Stream<Path> files = Files.list(Path.of(base.toURI()).getParent())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.matches(pattern))
                    .map(file -> file.equals(name + ".properties") ? ENGLISH
                            : file.substring(name.length() + 1, file.length() - ".properties".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException | URISyntaxException unlisted) {
            throw new AssertionError("cannot list the files of " + baseName, unlisted);
        }
    }

    /** Reads a file strictly as UTF-8, as Java reads properties bundles: a malformed byte fails here. */
    private void load(String language, Properties into) {
        InputStream in = anchor.getResourceAsStream(folder + fileOf(language));
        if (in == null) {
            fail(fileOf(language) + " is not on the class path");
        }
        try (in; Reader text = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder())) {
            into.load(text);
        } catch (CharacterCodingException notUtf8) {
            fail(fileOf(language) + " is not UTF-8");
        } catch (IOException unreadable) {
            throw new AssertionError("cannot read " + fileOf(language), unreadable);
        }
    }

    private static String marker(int index) {
        return "<<argument " + index + ">>";
    }
}
