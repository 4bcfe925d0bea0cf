package org.newsroom.domain.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.edition.Edition;

class CoverageTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final Section news = Section.topLevel(Edition.EN, "News", Slug.from("News"), 1);
    private final Coverage strike = new Coverage(Edition.EN, "Harbour strike", Slug.from("Harbour strike"), null);

    private Article storyIn(Coverage coverage, String headline) {
        Article story = new Article(Edition.EN, ArticleKind.NEWS, headline, news, "writer", NOW);
        story.joinCoverage(coverage);
        return story;
    }

    @Test
    void pinnedStoriesKeepTheOrderTheyWerePinnedIn() {
        Article first = storyIn(strike, "Talks break down");
        Article second = storyIn(strike, "Ships wait offshore");
        assertEquals(1, strike.pin(second));
        assertEquals(2, strike.pin(first));
        assertEquals(List.of(second, first), strike.pinnedStories());
        assertTrue(strike.isPinned(first));
    }

    @Test
    void onlyAStoryOfTheCoverageCanBePinnedAndOnlyOnce() {
        Article outside = new Article(Edition.EN, ArticleKind.NEWS, "Elsewhere", news, "writer", NOW);
        DomainRuleViolation notIn = assertThrows(DomainRuleViolation.class, () -> strike.pin(outside));
        assertEquals("\"Elsewhere\" is not in \"Harbour strike\"; add it before pinning it", notIn.getMessage());
        Article inside = storyIn(strike, "Inside");
        strike.pin(inside);
        assertEquals("\"Inside\" is already pinned", assertThrows(DomainRuleViolation.class, () -> strike.pin(inside)).getMessage());
        assertEquals(1, strike.pinnedStories().size());
    }

    @Test
    void noMoreThanFiveStoriesArePinned() {
        for (int i = 1; i <= Coverage.MAX_PINS; i++) {
            strike.pin(storyIn(strike, "Story " + i));
        }
        Article sixth = storyIn(strike, "Story 6");
        DomainRuleViolation full = assertThrows(DomainRuleViolation.class, () -> strike.pin(sixth));
        assertEquals("A coverage pins at most 5 stories; unpin one first", full.getMessage());
        assertFalse(strike.isPinned(sixth));
    }

    @Test
    void pinsMoveUpAndDownButNotPastTheEnds() {
        Article a = storyIn(strike, "A");
        Article b = storyIn(strike, "B");
        Article c = storyIn(strike, "C");
        strike.pin(a);
        strike.pin(b);
        strike.pin(c);
        assertEquals(2, strike.movePin(c, -1));
        assertEquals(List.of(a, c, b), strike.pinnedStories());
        assertEquals(1, strike.movePin(c, -1));
        assertEquals(List.of(c, a, b), strike.pinnedStories());
        assertEquals("\"C\" is already first among the pinned stories",
                assertThrows(DomainRuleViolation.class, () -> strike.movePin(c, -1)).getMessage());
        assertEquals("\"B\" is already last among the pinned stories",
                assertThrows(DomainRuleViolation.class, () -> strike.movePin(b, 1)).getMessage());
        Article loose = storyIn(strike, "Loose");
        assertEquals("\"Loose\" is not pinned", assertThrows(DomainRuleViolation.class, () -> strike.movePin(loose, 1)).getMessage());
    }

    @Test
    void unpinningClosesTheGap() {
        Article a = storyIn(strike, "A");
        Article b = storyIn(strike, "B");
        Article c = storyIn(strike, "C");
        strike.pin(a);
        strike.pin(b);
        strike.pin(c);
        assertTrue(strike.unpin(b));
        assertFalse(strike.unpin(b));
        assertEquals(List.of(a, c), strike.pinnedStories());
        assertEquals(2, strike.movePin(a, 1), "places are 1..n again after the gap closed");
    }

    @Test
    void aStoryThatLeavesTheCoverageIsUnpinnedWhicheverWayItLeaves() {
        Article viaTaxonomy = storyIn(strike, "Via the taxonomy screen");
        Article viaEditor = storyIn(strike, "Via the editor");
        Article stays = storyIn(strike, "Stays");
        strike.pin(viaTaxonomy);
        strike.pin(viaEditor);
        strike.pin(stays);
        assertTrue(viaTaxonomy.leaveCoverage(strike));
        viaEditor.classify(List.of(), List.of(), List.of());
        stays.classify(List.of(), List.of(), List.of(strike));
        assertEquals(List.of(stays), strike.pinnedStories());
        assertTrue(stays.getCoverages().contains(strike));
    }
}
