package org.newsroom.editorial.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LiveEntryTextTest {

    @Test
    void blankLinesMakeParagraphsAndSingleNewlinesLineBreaks() {
        assertEquals("<p>First line<br>same paragraph</p><p>Second</p>",
                LiveEntryText.toHtml("First line\nsame paragraph\n\n  \nSecond\n"));
    }

    @Test
    void whateverIsTypedIsEscaped() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>",
                LiveEntryText.toHtml("<script>alert(1)</script> & more"));
    }

    @Test
    void storedHtmlBecomesEditableTextAgain() {
        String typed = "Crowds gather at the square\nas the vote is counted.\n\nResults expected at 10 pm & later.";
        assertEquals(typed, LiveEntryText.toPlain(LiveEntryText.toHtml(typed)));
    }

    @Test
    void nothingTypedIsNothingStored() {
        assertEquals("", LiveEntryText.toHtml("  \n "));
        assertEquals("", LiveEntryText.toPlain(null));
    }
}
