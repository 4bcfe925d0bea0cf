package org.newsroom.editorial.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What only the article page shows of a {@link PublishedStory}, loaded by its own call
 * ({@link PublishedStories#pageParts}) so the API and the feeds never pay for it: the lead picture
 * and the body's library pictures with their rendition widths (for {@code srcset}), a gallery
 * story's pictures, a live story's entries, and the related stories the editors chose.
 */
public record ArticlePageParts(
        MediaView leadMedia,
        List<ArticleTeaser> related,
        List<GalleryItem> gallery,
        List<LiveEntryView> liveEntries,
        Map<Long, MediaView> bodyMedia) {

    /** The library picture a body image points at, for its srcset, when the body still may show it. */
    public Optional<MediaView> bodyImage(long assetId) {
        return Optional.ofNullable(bodyMedia.get(assetId));
    }
}
