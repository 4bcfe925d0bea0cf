package org.newsroom.domain.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each check finds the fault it is there for, in a bundle made with one of each ({@code faulty*.properties}). */
class BundleFamilyTest {

    private static final BundleFamily FAULTY = new BundleFamily(BundleFamilyTest.class, "org.newsroom.domain.translation.faulty",
            (key, value) -> BundleFamily.placeholders(value).isEmpty(), key -> false, Map.of("es", Set.of("quote")));

    @Test
    void aLanguageWithoutItsFileIsNamed() {
        BundleFamily lonely = new BundleFamily(BundleFamilyTest.class, "org.newsroom.domain.translation.lonely",
                (key, value) -> true, key -> false, Map.of());
        assertEquals(List.of("there is no lonely_ar.properties", "there is no lonely_es.properties"),
                lonely.languagesMissingOrNotFound().stream().sorted().toList());
        assertEquals(List.of(), FAULTY.languagesMissingOrNotFound());
    }

    @Test
    void eachFaultIsFoundInItsFileAndKey() {
        assertEquals(List.of("faulty_es.properties lacks [only.here]"), FAULTY.keysMissing());
        assertEquals(List.of("faulty_es.properties: blank is blank"), FAULTY.blankValues());
        assertEquals(List.of("faulty_ar.properties: greeting has [1], the English has [0]"), FAULTY.placeholdersDiffering());
        assertEquals(List.of(
                "faulty_ar.properties: greeting loses {0} (quoted by an apostrophe?)",
                "faulty_ar.properties: plain is shown as written: '' would show two apostrophes and a brace a brace",
                "faulty_es.properties: quote has a single apostrophe; it goes through MessageFormat, so write ''",
                "faulty_es.properties: quote loses {0} (quoted by an apostrophe?)"), FAULTY.patternsMisread());
        assertEquals(List.of("faulty_es.properties: copied=Same words is still the English (translate it, or list the key as one"
                + " that may equal the English, with the reason)"), FAULTY.englishLeftInPlace());
        assertEquals(List.of("faulty_ar.properties: twice is given twice"), FAULTY.keysWrittenTwice());
        assertEquals(List.of("faulty_ar.properties: latin=Latin letters has no Arabic letter"), FAULTY.arabicWithoutArabicLetters());
    }

    @Test
    void aKeyTheSameInEveryLanguageIsNeitherACopyNorLatinArabic() {
        BundleFamily withNames = new BundleFamily(BundleFamilyTest.class, "org.newsroom.domain.translation.faulty",
                (key, value) -> true, key -> key.equals("latin") || key.equals("copied"), Map.of());
        assertEquals(List.of(), withNames.arabicWithoutArabicLetters());
        assertEquals(List.of(), withNames.englishLeftInPlace());
    }
}
