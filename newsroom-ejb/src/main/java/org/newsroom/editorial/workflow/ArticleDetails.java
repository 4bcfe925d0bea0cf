package org.newsroom.editorial.workflow;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The details of a story besides its text, as the editor sends them: ids of existing
 * terms, names of tags to create on the fly, and a few plain values. A blank slug keeps
 * the current one; lists replace what the story had (an empty list clears it).
 */
public record ArticleDetails(
        @Size(max = 80, message = "{org.newsroom.domain.refusal.Reason.INPUT_SLUG_TOO_LONG}") String slug,
        Long sectionId,
        List<Long> regionIds,
        List<Long> tagIds,
        List<@Size(max = 120, message = "{org.newsroom.domain.refusal.Reason.INPUT_TAG_NAME_TOO_LONG}") String> newTags,
        List<Long> coverageIds,
        List<Long> authorIds,
        @Size(max = 200, message = "{org.newsroom.domain.refusal.Reason.INPUT_SOURCE_TOO_LONG}") String source,
        List<Long> relatedIds,
        @Size(max = 500, message = "{org.newsroom.domain.refusal.Reason.INPUT_VIDEO_ADDRESS_TOO_LONG}") String videoUrl) {

    public ArticleDetails {
        regionIds = regionIds == null ? List.of() : List.copyOf(regionIds);
        tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
        newTags = newTags == null ? List.of() : List.copyOf(newTags);
        coverageIds = coverageIds == null ? List.of() : List.copyOf(coverageIds);
        authorIds = authorIds == null ? List.of() : List.copyOf(authorIds);
        relatedIds = relatedIds == null ? List.of() : List.copyOf(relatedIds);
    }
}
