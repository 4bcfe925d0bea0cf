package org.newsroom.domain.refusal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.article.StoryAction;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.refusal.Refusal.Word;
import org.newsroom.domain.staff.Role;
import org.newsroom.domain.translation.BundleFamily;

/**
 * The refusals in every language the newsroom works in, held to the same rules as the console's words
 * ({@link BundleFamily}): every file has every key, nothing is blank, the placeholders agree, MessageFormat reads every
 * sentence as written, no Arabic or Spanish value is the English left in place. Besides, each {@link Reason} has a
 * sentence and every sentence a reason, and the words of the workflow a refusal can name are there.
 */
class RefusalBundlesTest {

    /** The enums whose constants a refusal may name as words ({@code word.<Type>.<NAME>}). */
    private static final List<Class<? extends Enum<?>>> WORDS =
            List.of(ArticleStatus.class, ArticleKind.class, Role.class, StoryAction.class, AuditAction.class);

    /**
     * Every sentence goes through MessageFormat, placeholders or not; a word ({@code word.*}) is put into one as it
     * is. Values that may rightly equal the English, per language, with the reason.
     */
    private static final BundleFamily REFUSALS = new BundleFamily(RefusalBundlesTest.class, Refusal.BUNDLE,
            (key, value) -> key.startsWith("word."), key -> false, Map.of(
                    "es", Set.of(
                            "word.Role.EDITOR",        // "editor" is the Spanish word too
                            "word.ArticleKind.BLOG"))); // "blog" as well

    @Test
    void everyLanguageHasABundleThatResourceBundleFindsWithoutFallingBack() {
        assertEquals(List.of(), REFUSALS.languagesMissingOrNotFound());
    }

    @Test
    void everyBundleHasEveryKeyAnotherBundleHas() {
        assertEquals(List.of(), REFUSALS.keysMissing());
    }

    @Test
    void everyReasonHasASentenceInEveryLanguageAndEverySentenceAReason() {
        Set<String> reasons = Arrays.stream(Reason.values()).map(Reason::name).collect(Collectors.toCollection(TreeSet::new));
        List<String> gaps = new ArrayList<>();
        REFUSALS.values().forEach((language, values) -> {
            Set<String> sentences = values.keySet().stream().filter(key -> !key.startsWith("word."))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> missing = new TreeSet<>(reasons);
            missing.removeAll(sentences);
            Set<String> orphans = new TreeSet<>(sentences);
            orphans.removeAll(reasons);
            if (!missing.isEmpty()) {
                gaps.add(REFUSALS.fileOf(language) + " has no sentence for " + missing);
            }
            if (!orphans.isEmpty()) {
                gaps.add(REFUSALS.fileOf(language) + " has sentences no Reason names: " + orphans);
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
        REFUSALS.values().forEach((language, values) -> {
            Set<String> missing = new TreeSet<>(needed);
            missing.removeAll(values.keySet());
            Set<String> unused = values.keySet().stream().filter(key -> key.startsWith("word.") && !needed.contains(key))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!missing.isEmpty()) {
                gaps.add(REFUSALS.fileOf(language) + " lacks the words " + missing);
            }
            if (!unused.isEmpty()) {
                gaps.add(REFUSALS.fileOf(language) + " has words no refusal can name: " + unused);
            }
        });
        assertTrue(gaps.isEmpty(), String.join("\n", gaps));
    }

    @Test
    void noValueIsBlank() {
        assertEquals(List.of(), REFUSALS.blankValues());
    }

    @Test
    void aSentenceHasTheSamePlaceholdersInEveryLanguage() {
        assertEquals(List.of(), REFUSALS.placeholdersDiffering());
    }

    @Test
    void sentencesAreReadByMessageFormatAsWrittenAndWordsAreShownAsTheyAre() {
        assertEquals(List.of(), REFUSALS.patternsMisread());
    }

    /** The check above catches the mistakes it is there for. */
    @Test
    void aLoneApostropheOrABrokenPatternIsCaught() {
        Locale english = Locale.ROOT;
        assertTrue(BundleFamily.misreadings("x", "It's {0}", english).stream().anyMatch(s -> s.contains("loses {0}")));
        assertTrue(BundleFamily.misreadings("x", "It's gone", english).stream().anyMatch(s -> s.contains("single apostrophe")));
        assertTrue(BundleFamily.misreadings("x", "There is no story {0", english).stream().anyMatch(s -> s.contains("not a MessageFormat")));
        assertTrue(BundleFamily.misreadings("x", "{0} is {1,choice,1#one|1<{1} many}, isn''t it", english).isEmpty());
    }

    @Test
    void noTranslationIsTheEnglishLeftInPlace() {
        assertEquals(List.of(), REFUSALS.englishLeftInPlace());
    }

    @Test
    void everyArabicValueIsWrittenInArabicLetters() {
        assertEquals(List.of(), REFUSALS.arabicWithoutArabicLetters());
    }

    @Test
    void noKeyIsWrittenTwiceInAFile() {
        assertEquals(List.of(), REFUSALS.keysWrittenTwice());
    }
}
