package org.newsroom.editorial.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.edition.Edition;

/** Everything the article page shows, read in a fixed number of queries. {@code body} is stored (sanitized) HTML. */
public record ArticleView(
        long id,
        Edition edition,
        ArticleKind kind,
        String headline,
        String slug,
        String summary,
        String body,
        String source,
        int readingMinutes,
        SectionView section,
        Instant publishedAt,
        Instant updatedAt,
        String correctionNote,
        String videoUrl,
        String translationGroup,
        MediaView leadMedia,
        List<AuthorView> authors,
        List<TermView> tags,
        List<TermView> regions,
        List<TermView> coverages,
        List<ArticleTeaser> related,
        List<GalleryItem> gallery,
        List<LiveEntryView> liveEntries,
        Map<Long, MediaView> bodyMedia) {

    /** The library picture a body image points at, for its srcset, when the body still may show it. */
    public Optional<MediaView> bodyImage(long assetId) {
        return Optional.ofNullable(bodyMedia == null ? null : bodyMedia.get(assetId));
    }

    public String path() {
        return edition.storyPath(section.path(), slug);
    }

    /** Updated after publication, so the page shows both times. */
    public boolean wasUpdated() {
        return updatedAt != null && publishedAt != null && updatedAt.isAfter(publishedAt);
    }
}
