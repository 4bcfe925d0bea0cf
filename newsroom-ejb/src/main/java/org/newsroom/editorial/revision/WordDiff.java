package org.newsroom.editorial.revision;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Word-level comparison of two texts, by java-diff-utils (Myers' algorithm). */
public final class WordDiff {

    /** A run of words that is the same in both, only in the new text, or only in the old one. */
    public enum Kind { SAME, ADDED, REMOVED }

    public record Segment(Kind kind, String text) implements Serializable {
    }

    private WordDiff() {
    }

    public static List<Segment> between(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> segments = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, Kind.SAME, a.subList(position, start));
            add(segments, Kind.REMOVED, delta.getSource().getLines());
            add(segments, Kind.ADDED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(segments, Kind.SAME, a.subList(position, a.size()));
        return segments;
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.asList(text.strip().split("\\s+"));
    }

    private static void add(List<Segment> segments, Kind kind, List<String> words) {
        if (!words.isEmpty()) {
            segments.add(new Segment(kind, String.join(" ", words)));
        }
    }
}
