package org.newsroom.editorial.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.editorial.revision.WordDiff.Kind;
import org.newsroom.editorial.revision.WordDiff.Segment;

class WordDiffTest {

    @Test
    void replacedWordShowsAsRemovedThenAdded() {
        List<Segment> diff = WordDiff.between("the quick brown fox", "the slow brown fox");
        assertEquals(List.of(new Segment(Kind.SAME, "the"), new Segment(Kind.REMOVED, "quick"),
                new Segment(Kind.ADDED, "slow"), new Segment(Kind.SAME, "brown fox")), diff);
    }

    @Test
    void wordsAppendedAtTheEndAreAdded() {
        assertEquals(List.of(new Segment(Kind.SAME, "minister resigns"), new Segment(Kind.ADDED, "after vote")),
                WordDiff.between("minister resigns", "minister resigns after vote"));
    }

    @Test
    void fromNothingEverythingIsAdded() {
        assertEquals(List.of(new Segment(Kind.ADDED, "new text")), WordDiff.between(null, "new  text"));
    }

    @Test
    void identicalTextsAreOneSameSegment() {
        List<Segment> diff = WordDiff.between("a b c", "a b c");
        assertEquals(1, diff.size());
        assertTrue(diff.get(0).kind() == Kind.SAME);
    }

    @Test
    void revisionDiffListsOnlyChangedFields() {
        RevisionView a = new RevisionView(1, 7, 1, null, "w", "SAVE", null, "Headline", "Same summary", "one two");
        RevisionView b = new RevisionView(2, 7, 2, null, "e", "SAVE", null, "Headline", "Same summary", "one three");
        RevisionDiff diff = RevisionDiff.between(a, b);
        assertEquals(List.of("body"), diff.fields().stream().map(RevisionDiff.FieldChange::field).toList());
        assertEquals(List.of(new Segment(Kind.SAME, "one"), new Segment(Kind.REMOVED, "two"), new Segment(Kind.ADDED, "three")),
                diff.body());
    }
}
