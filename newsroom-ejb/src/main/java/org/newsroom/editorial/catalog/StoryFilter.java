package org.newsroom.editorial.catalog;

import java.time.Instant;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.edition.Edition;

/**
 * Which published stories a list wants; a null field does not filter. {@code section}
 * matches a top-level section together with its subsections.
 */
public record StoryFilter(Edition edition, String section, String region, String tag, String coverage, String author,
        ArticleKind kind, Instant publishedAfter) {

    public static StoryFilter of(Edition edition) {
        return new StoryFilter(edition, null, null, null, null, null, null, null);
    }

    public StoryFilter withSection(String slug) {
        return new StoryFilter(edition, slug, region, tag, coverage, author, kind, publishedAfter);
    }

    public StoryFilter withTag(String slug) {
        return new StoryFilter(edition, section, region, slug, coverage, author, kind, publishedAfter);
    }

    public StoryFilter withAuthor(String slug) {
        return new StoryFilter(edition, section, region, tag, coverage, slug, kind, publishedAfter);
    }

    public StoryFilter publishedAfter(Instant after) {
        return new StoryFilter(edition, section, region, tag, coverage, author, kind, after);
    }
}
