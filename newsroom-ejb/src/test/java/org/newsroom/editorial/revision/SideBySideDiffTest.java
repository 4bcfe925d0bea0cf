package org.newsroom.editorial.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SideBySideDiffTest {

    private static RevisionView revision(int number, String headline, String body) {
        return new RevisionView(number, 1, number, Instant.EPOCH, "writer", "SAVE", "", headline, null, body);
    }

    @Test
    void pairsChangedParagraphsAndMarksRemovedAndAddedOnes() {
        SideBySideDiff diff = SideBySideDiff.between(
                revision(1, "Old title", "<p>First stays.</p><p>The ferry left at noon.</p><p>Dropped line.</p>"),
                revision(2, "New title", "<p>First stays.</p><p>The ferry left at dawn.</p><h2>Fresh heading</h2><p>Dropped line.</p><p>Added at the end.</p>"));
        List<SideBySideDiff.Change> changes = diff.rows().stream().map(SideBySideDiff.Row::change).toList();
        assertEquals(List.of(SideBySideDiff.Change.CHANGED, SideBySideDiff.Change.SAME, SideBySideDiff.Change.SAME,
                SideBySideDiff.Change.CHANGED, SideBySideDiff.Change.ADDED, SideBySideDiff.Change.SAME,
                SideBySideDiff.Change.ADDED), changes);
        SideBySideDiff.Row ferry = diff.rows().get(3);
        assertEquals(List.of(new WordDiff.Segment(WordDiff.Kind.SAME, "The ferry left at"),
                new WordDiff.Segment(WordDiff.Kind.REMOVED, "noon.")), ferry.left());
        assertEquals(List.of(new WordDiff.Segment(WordDiff.Kind.SAME, "The ferry left at"),
                new WordDiff.Segment(WordDiff.Kind.ADDED, "dawn.")), ferry.right());
        assertEquals(List.of(), diff.rows().get(4).left());
    }

    @Test
    void anEmptyFieldIsTheSameAsNone() {
        RevisionView none = new RevisionView(1, 1, 1, Instant.EPOCH, "w", "CREATED", "", "T", null, null);
        RevisionView empty = new RevisionView(2, 1, 2, Instant.EPOCH, "w", "AUTOSAVE", "", "T", "", "");
        assertEquals(List.of(SideBySideDiff.Change.SAME, SideBySideDiff.Change.SAME),
                SideBySideDiff.between(none, empty).rows().stream().map(SideBySideDiff.Row::change).toList());
    }

    @Test
    void aRemovedParagraphHasNothingOnTheRight() {
        SideBySideDiff diff = SideBySideDiff.between(revision(1, "T", "<p>One.</p><p>Two.</p>"), revision(2, "T", "<p>One.</p>"));
        SideBySideDiff.Row last = diff.rows().get(diff.rows().size() - 1);
        assertEquals(SideBySideDiff.Change.REMOVED, last.change());
        assertEquals(List.of(), last.right());
    }
}
