package org.newsroom.editorial.revision;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What changed between two revisions: each differing field, and the body word by word. */
public record RevisionDiff(int from, int to, List<FieldChange> fields, List<WordDiff.Segment> body) {

    public record FieldChange(String field, String before, String after) implements Serializable {
    }

    public static RevisionDiff between(RevisionView a, RevisionView b) {
        List<FieldChange> fields = new ArrayList<>();
        if (!Objects.equals(a.headline(), b.headline())) {
            fields.add(new FieldChange("headline", a.headline(), b.headline()));
        }
        if (!Objects.equals(a.summary(), b.summary())) {
            fields.add(new FieldChange("summary", a.summary(), b.summary()));
        }
        boolean bodyChanged = !Objects.equals(a.body(), b.body());
        if (bodyChanged) {
            fields.add(new FieldChange("body", null, null));
        }
        return new RevisionDiff(a.number(), b.number(), fields,
                bodyChanged ? WordDiff.between(a.body(), b.body()) : List.of());
    }
}
