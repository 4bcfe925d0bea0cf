package org.newsroom.admin.editor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TypedTextTest {

    private final TypedText kept = new TypedText("Council votes", "A short summary", "<p>The council met.</p>");

    @Test
    void aChangedBodyIsAutosaved() {
        assertTrue(new TypedText("Council votes", "A short summary", "<p>The council met late.</p>").worthAutosavingOver(kept));
    }

    @Test
    void theSameTextIsNotAutosavedTwice() {
        assertFalse(new TypedText("Council votes", "A short summary", "<p>The council met.</p>").worthAutosavingOver(kept));
    }

    @Test
    void spacesAroundTheHeadlineAndSummaryAreNoChange() {
        assertFalse(new TypedText("  Council votes ", "A short summary\n", "<p>The council met.</p>").worthAutosavingOver(kept));
    }

    @Test
    void anEmptySummaryIsTheSameAsNone() {
        TypedText withoutSummary = new TypedText("Council votes", null, "<p>The council met.</p>");
        assertFalse(new TypedText("Council votes", "", "<p>The council met.</p>").worthAutosavingOver(withoutSummary));
    }

    @Test
    void aTextWithoutHeadlineIsNeverAutosaved() {
        assertFalse(new TypedText(" ", "A short summary", "<p>New words.</p>").worthAutosavingOver(kept));
        assertFalse(new TypedText(null, "A short summary", "<p>New words.</p>").worthAutosavingOver(kept));
    }

    @Test
    void aTextNeverKeptIsAutosaved() {
        assertTrue(kept.worthAutosavingOver(null));
    }
}
