package org.newsroom.editorial.revision;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Two revisions in two columns, the old one left and the new one right, paragraph by
 * paragraph (java-diff-utils over the blocks of the body), with the changed words of a
 * changed paragraph marked inside it. Text only: markup is compared as what readers read.
 */
public record SideBySideDiff(int from, int to, List<Row> rows) implements Serializable {

    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption";

    /** How a row differs: the same on both sides, changed, only on the left (removed) or only on the right (added). */
    public enum Change { SAME, CHANGED, REMOVED, ADDED }

    /** One line of the comparison; a side is empty when the line exists only on the other. */
    public record Row(String field, Change change, List<WordDiff.Segment> left, List<WordDiff.Segment> right) implements Serializable {
    }

    public static SideBySideDiff between(RevisionView a, RevisionView b) {
        List<Row> rows = new ArrayList<>();
        rows.add(line("headline", a.headline(), b.headline()));
        rows.add(line("summary", a.summary(), b.summary()));
        List<String> before = blocks(a.body());
        List<String> after = blocks(b.body());
        Patch<String> patch = DiffUtils.diff(before, after);
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            before.subList(position, start).forEach(same -> rows.add(line("body", same, same)));
            List<String> removed = delta.getSource().getLines();
            List<String> added = delta.getTarget().getLines();
            int paired = Math.min(removed.size(), added.size());
            for (int i = 0; i < paired; i++) {
                rows.add(line("body", removed.get(i), added.get(i)));
            }
            removed.subList(paired, removed.size()).forEach(gone -> rows.add(line("body", gone, null)));
            added.subList(paired, added.size()).forEach(fresh -> rows.add(line("body", null, fresh)));
            position = start + delta.getSource().size();
        }
        before.subList(position, before.size()).forEach(same -> rows.add(line("body", same, same)));
        return new SideBySideDiff(a.number(), b.number(), rows);
    }

    private static Row line(String field, String before, String after) {
        // An empty field is the same as none: the editor sends "" where a story had nothing.
        String left = before == null || before.isBlank() ? null : before;
        String right = after == null || after.isBlank() ? null : after;
        if (Objects.equals(left, right)) {
            List<WordDiff.Segment> same = left == null || left.isBlank() ? List.of() : List.of(new WordDiff.Segment(WordDiff.Kind.SAME, left));
            return new Row(field, Change.SAME, same, same);
        }
        if (left == null || left.isBlank()) {
            return new Row(field, Change.ADDED, List.of(), List.of(new WordDiff.Segment(WordDiff.Kind.ADDED, right)));
        }
        if (right == null || right.isBlank()) {
            return new Row(field, Change.REMOVED, List.of(new WordDiff.Segment(WordDiff.Kind.REMOVED, left)), List.of());
        }
        List<WordDiff.Segment> words = WordDiff.between(left, right);
        return new Row(field, Change.CHANGED,
                words.stream().filter(s -> s.kind() != WordDiff.Kind.ADDED).toList(),
                words.stream().filter(s -> s.kind() != WordDiff.Kind.REMOVED).toList());
    }

    /** The body's text, one entry per innermost block (a paragraph, a heading, a list item …). */
    static List<String> blocks(String html) {
        if (html == null || html.isBlank()) {
            return new ArrayList<>();
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        List<String> lines = new ArrayList<>();
        for (Element block : body.select(BLOCKS)) {
            if (block.select(BLOCKS).size() == 1 && !block.text().isBlank()) {
                lines.add(block.text());
            }
        }
        if (lines.isEmpty() && !body.text().isBlank()) {
            lines.add(body.text());
        }
        return lines;
    }
}
