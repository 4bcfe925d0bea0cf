package org.newsroom.domain.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void headlineBecomesLowerCaseWordsJoinedByHyphens() {
        assertEquals("city-council-passes-the-2025-budget", Slug.from("City Council passes the 2025 budget!").value());
    }

    @Test
    void latinAccentsAreDropped() {
        assertEquals("la-economia-crece-en-espana", Slug.from("La economía crece en España").value());
    }

    @Test
    void arabicLettersAreKept() {
        assertEquals("مجلس-المدينة-يقر-الميزانية", Slug.from("مجلس المدينة يقر الميزانية").value());
    }

    @Test
    void arabicDiacriticsAreDropped() {
        assertEquals("كتب", Slug.from("كَتَبَ").value());
    }

    @Test
    void arabicHamzaAndMaddaAreLettersAndStay() {
        assertEquals("مسؤول", Slug.from("مسؤول").value());
        assertEquals("أمين-إدارة-آخر-قائد-سماء", Slug.from("أمين إدارة آخر قائد سماء").value());
        assertEquals("أخبار", Slug.from("أَخْبَار").value(), "harakat go, the hamza stays");
        assertEquals("إنسان", Slug.from("إِنْسان").value());
    }

    @Test
    void tatweelAndSuperscriptAlefGo() {
        assertEquals("هذا-كبير", Slug.from("هٰذا كـبـيـر").value());
    }

    @Test
    void everyMadeSlugIsAValidTypedSlug() {
        for (String headline : new String[] {"مسؤول يقرأ التقرير", "ئ؟ٔ هل", "Café ‑ crème", "أُسرة"}) {
            String made = Slug.from(headline).value();
            assertEquals(made, Slug.of(made).value(), headline);
        }
    }

    @Test
    void longHeadlinesAreCutAtAWordBoundary() {
        String slug = Slug.from("word ".repeat(40)).value();
        assertTrue(slug.length() <= Slug.MAX_LENGTH);
        assertFalse(slug.endsWith("-"));
        assertTrue(slug.endsWith("word"));
    }

    @Test
    void textWithoutLettersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Slug.from("!!! ???"));
    }

    @Test
    void typedSlugsMustAlreadyBeClean() {
        assertEquals("budget-vote", Slug.of("budget-vote").value());
        assertThrows(IllegalArgumentException.class, () -> Slug.of("Budget Vote"));
        assertThrows(IllegalArgumentException.class, () -> Slug.of("budget--vote"));
        assertThrows(IllegalArgumentException.class, () -> Slug.of("../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> Slug.of(null));
    }

    @Test
    void suffixKeepsTheSlugWithinItsLength() {
        Slug base = Slug.from("a".repeat(Slug.MAX_LENGTH));
        Slug suffixed = base.withSuffix(12);
        assertTrue(suffixed.value().length() <= Slug.MAX_LENGTH);
        assertTrue(suffixed.value().endsWith("-12"));
    }
}
