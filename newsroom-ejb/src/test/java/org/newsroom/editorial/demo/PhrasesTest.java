package org.newsroom.editorial.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.domain.edition.Edition;

class PhrasesTest {

    @Test
    void englishHeadlineVerbsAreInThePastTense() {
        List<String> verbs = Phrases.of(Edition.EN).verbs();
        assertEquals("backed", verbs.get(0));
        assertTrue(verbs.contains("agreed on"));
        assertTrue(verbs.contains("rethought"));
        assertTrue(verbs.stream().allMatch(v -> v.split(" ")[0].endsWith("ed") || v.equals("rethought")), verbs.toString());
    }

    @Test
    void everyEditionComposesHeadlinesFromListsOfTheSameLength() {
        for (Edition edition : Edition.values()) {
            Phrases words = Phrases.of(edition);
            assertEquals(16, words.subjects().size(), edition + " subjects");
            assertEquals(12, words.verbs().size(), edition + " verbs");
            assertEquals(16, words.objects().size(), edition + " objects");
            assertEquals(8, words.places().size(), edition + " places");
        }
    }
}
