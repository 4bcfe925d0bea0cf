package org.newsroom.admin.taxonomy;

import java.io.Serializable;
import org.newsroom.domain.taxonomy.Coverage;
import org.newsroom.editorial.taxonomy.CoverageStory;

/**
 * A row of a coverage's story list: the story, its place among the pinned ones (0 when
 * not pinned) and how many are pinned, so the row offers only the buttons that apply.
 */
public record CuratedStory(CoverageStory story, int place, int pinned) implements Serializable {

    public boolean isPinned() {
        return place > 0;
    }

    public boolean canPin() {
        return place == 0 && pinned < Coverage.MAX_PINS;
    }

    public boolean canMoveUp() {
        return place > 1;
    }

    public boolean canMoveDown() {
        return place > 0 && place < pinned;
    }
}
