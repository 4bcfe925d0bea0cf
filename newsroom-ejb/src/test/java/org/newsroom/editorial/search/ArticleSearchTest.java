package org.newsroom.editorial.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArticleSearchTest {

    @Test
    void controlCharactersBecomeSpacesAndRunsOfSpaceCollapse() {
        assertEquals("a b c", ArticleSearch.clean("a\u0000b\u0007\t\n c\u001b"));
    }

    @Test
    void queriesAreCappedSoOneRequestCannotAskForUnboundedWork() {
        assertEquals(ArticleSearch.MAX_QUERY_LENGTH, ArticleSearch.clean("x".repeat(10_000)).length());
    }

    @Test
    void nothingToSearchIsEmptyNotNull() {
        assertEquals("", ArticleSearch.clean(null));
        assertEquals("", ArticleSearch.clean(" \u0000 "));
    }

    @Test
    void arabicJoinersSurviveBidiOverridesDoNot() {
        assertEquals("a\u200cb", ArticleSearch.clean("a\u200cb"));
        assertEquals("evil", ArticleSearch.clean("\u202Eevil"));
    }
}
