package org.newsroom.admin.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.editorial.revision.RevisionDiff;
import org.newsroom.editorial.revision.WordDiff;
import org.newsroom.editorial.workflow.ArticleView;

class StaleSaveTest {

    private final ArticleView mine = Stories.story("Council votes", "A short summary", "<p>The council met on Monday.</p>");

    @Test
    void listsOnlyTheFieldsTheOtherPersonChanged() {
        ArticleView theirs = Stories.story("Council votes again", "A short summary", mine.body());

        StaleSave stale = StaleSave.between(mine, theirs, "Ed saved first");

        assertEquals(List.of(new RevisionDiff.FieldChange("headline", "Council votes", "Council votes again")), stale.fields());
        assertEquals("Ed saved first", stale.by());
    }

    @Test
    void marksTheWordsAddedAndRemovedInTheBody() {
        ArticleView theirs = Stories.story(mine.headline(), mine.summary(), "<p>The council met on Tuesday.</p>");

        StaleSave stale = StaleSave.between(mine, theirs, "Ed saved first");

        assertTrue(stale.fields().isEmpty(), "headline and summary are the same");
        assertTrue(stale.body().stream().anyMatch(s -> s.kind() == WordDiff.Kind.REMOVED && s.text().contains("Monday")),
                () -> "Monday removed: " + stale.body());
        assertTrue(stale.body().stream().anyMatch(s -> s.kind() == WordDiff.Kind.ADDED && s.text().contains("Tuesday")),
                () -> "Tuesday added: " + stale.body());
    }

    @Test
    void aSummaryTakenAwayIsAChangeToo() {
        ArticleView theirs = Stories.story(mine.headline(), null, mine.body());

        StaleSave stale = StaleSave.between(mine, theirs, "Ed saved first");

        assertEquals(List.of(new RevisionDiff.FieldChange("summary", "A short summary", null)), stale.fields());
        assertTrue(stale.body().stream().allMatch(s -> s.kind() == WordDiff.Kind.SAME), () -> "body unchanged: " + stale.body());
    }
}
