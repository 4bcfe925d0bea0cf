package org.newsroom.web.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsroom.editorial.change.ContentChanged;

class ContentChangeListenerTest {

    @Test
    void aChangeNamesTheStoryHomeListsAndEveryTermOfItsEdition() {
        assertEquals(Set.of("article:42", "home:es", "lists:es", "section:es:politics", "tag:es:budget",
                        "tag:es:elections", "coverage:es:summit", "author:es:ana-diaz", "author:es:li-wei"),
                ContentChangeListener.keysOf(new ContentChanged(ContentChanged.PUBLISHED, 42, "es", "politics",
                        List.of("budget", "elections"), List.of("summit"), List.of("ana-diaz", "li-wei"))));
    }

    @Test
    void emptyListsNameNothing() {
        assertEquals(Set.of("article:7", "home:en", "lists:en", "section:en:news"),
                ContentChangeListener.keysOf(new ContentChanged(ContentChanged.UPDATED, 7, "en", "news",
                        List.of(), List.of(), List.of())));
    }

    @Test
    void anUnknownEditionStillDropsTheStory() {
        assertEquals(Set.of("article:7"), ContentChangeListener.keysOf(new ContentChanged(ContentChanged.UPDATED, 7, "xx", "news",
                List.of("a"), List.of("b"), List.of("c"))));
    }

    @Test
    void aSiteChangeDropsEveryPageOfTheEdition() {
        assertTrue(ContentChangeListener.keysOf(new ContentChanged(ContentChanged.SITE, 0, "ar", "news", List.of(), List.of(), List.of())).contains("edition:ar"));
        assertFalse(ContentChangeListener.keysOf(new ContentChanged(ContentChanged.TAXONOMY, 0, "ar", "news", List.of(), List.of(), List.of())).contains("edition:ar"));
    }
}
