package org.newsroom.admin.editor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsroom.editorial.revision.RevisionDiff;
import org.newsroom.editorial.revision.WordDiff;
import org.newsroom.editorial.workflow.ArticleView;

/**
 * What someone else changed between the story as this page had it and as it is saved now,
 * shown when a save is refused as stale: the headline and summary when they differ, and a
 * word diff of the body; {@code by} is the service's refusal, which says who saved.
 */
public record StaleSave(List<RevisionDiff.FieldChange> fields, List<WordDiff.Segment> body, String by) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static StaleSave between(ArticleView mine, ArticleView theirs, String by) {
        List<RevisionDiff.FieldChange> fields = new ArrayList<>();
        if (!Objects.equals(mine.headline(), theirs.headline())) {
            fields.add(new RevisionDiff.FieldChange("headline", mine.headline(), theirs.headline()));
        }
        if (!Objects.equals(mine.summary(), theirs.summary())) {
            fields.add(new RevisionDiff.FieldChange("summary", mine.summary(), theirs.summary()));
        }
        return new StaleSave(List.copyOf(fields), List.copyOf(WordDiff.between(mine.body(), theirs.body())), by);
    }
}
