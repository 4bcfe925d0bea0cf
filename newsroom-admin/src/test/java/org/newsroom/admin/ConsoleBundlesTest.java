package org.newsroom.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsroom.domain.translation.BundleFamily;

/**
 * The console's words in every language it speaks, checked by the same {@link BundleFamily} as the refusals: each
 * bundle beside {@code console.properties} has every key, nothing blank, the same placeholders, patterns MessageFormat
 * reads as meant, and no English left in place; and each language is named in itself in every bundle.
 */
class ConsoleBundlesTest {

    /**
     * A value with placeholders goes through MessageFormat; one without is shown as written. {@code language.*} names
     * each language in itself, the same in every file. Keys whose translation may rightly be the English word, per
     * language (everything else equal to the English is taken for an untranslated copy).
     */
    private static final BundleFamily CONSOLE = new BundleFamily(ConsoleBundlesTest.class, "org.newsroom.admin.console",
            (key, value) -> BundleFamily.placeholders(value).isEmpty(), key -> key.startsWith("language."), Map.of(
                    "es", Set.of(
                            "role.EDITOR",      // "Editor" is the Spanish word too
                            "users.roles",      // "Roles" as well
                            "editor.kind.BLOG", // "Blog" is the word Spanish newsrooms use
                            "users.no")));      // "No"

    @Test
    void everyLanguageOfTheNewsroomHasABundleThatResourceBundleFindsWithoutFallingBack() {
        assertEquals(List.of(), CONSOLE.languagesMissingOrNotFound());
    }

    @Test
    void everyBundleHasEveryKeyAnotherBundleHas() {
        assertEquals(List.of(), CONSOLE.keysMissing());
    }

    @Test
    void noValueIsBlank() {
        assertEquals(List.of(), CONSOLE.blankValues());
    }

    @Test
    void aKeyHasTheSamePlaceholdersInEveryLanguage() {
        assertEquals(List.of(), CONSOLE.placeholdersDiffering());
    }

    @Test
    void patternsAreReadByMessageFormatAsWritten() {
        assertEquals(List.of(), CONSOLE.patternsMisread());
    }

    @Test
    void noTranslationIsTheEnglishLeftInPlace() {
        assertEquals(List.of(), CONSOLE.englishLeftInPlace());
    }

    /** Catches a value pasted from another language that differs from the English by a word or two. */
    @Test
    void everyArabicValueIsWrittenInArabicLetters() {
        assertEquals(List.of(), CONSOLE.arabicWithoutArabicLetters());
    }

    /** A language picker shows each language in its own words, whatever the console speaks now. */
    @Test
    void everyLanguageIsNamedInItselfInEveryBundle() {
        Map<String, Map<String, String>> bundles = CONSOLE.values();
        Map<String, String> english = bundles.get(BundleFamily.ENGLISH);
        for (String language : bundles.keySet()) {
            String name = english.get("language." + language);
            assertTrue(name != null, "console.properties has no language." + language + " for " + CONSOLE.fileOf(language));
            bundles.forEach((other, words) -> assertEquals(name, words.get("language." + language),
                    CONSOLE.fileOf(other) + ": language." + language));
        }
    }

    @Test
    void noKeyIsWrittenTwiceInAFile() {
        assertEquals(List.of(), CONSOLE.keysWrittenTwice());
    }
}
