package org.newsroom.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsroom.editorial.publishing.ContentChanged;

class ContentChangeListenerTest {

    @Test
    void aChangeNamesTheStoryHomeListsAndEveryTermOfItsEdition() {
        assertEquals(Set.of("article:42", "home:es", "lists:es", "section:es:politics", "tag:es:budget",
                        "tag:es:elections", "coverage:es:summit", "author:es:ana-diaz", "author:es:li-wei"),
                ContentChangeListener.keysOf(42, "es", "politics", "budget,elections", "summit", "ana-diaz,li-wei"));
    }

    @Test
    void emptyListsNameNothing() {
        assertEquals(Set.of("article:7", "home:en", "lists:en", "section:en:news"),
                ContentChangeListener.keysOf(7, "en", "news", "", "", null));
    }

    @Test
    void anUnknownEditionStillDropsTheStory() {
        assertEquals(Set.of("article:7"), ContentChangeListener.keysOf(7, "xx", "news", "a", "b", "c"));
    }

    @Test
    void aSiteChangeDropsEveryPageOfTheEdition() {
        assertTrue(ContentChangeListener.keysOf(ContentChanged.SITE, 0, "ar", "news", "", "", null).contains("edition:ar"));
        assertFalse(ContentChangeListener.keysOf(ContentChanged.TAXONOMY, 0, "ar", "news", "", "", null).contains("edition:ar"));
    }
}
