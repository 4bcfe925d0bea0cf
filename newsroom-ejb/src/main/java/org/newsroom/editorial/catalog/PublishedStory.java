package org.newsroom.editorial.catalog;

import java.time.Instant;
import java.util.List;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.article.ReadingTime;

/**
 * A whole published story, whoever shows it: the article page, the public API and the feeds
 * (loaded by {@link PublishedStories}). {@code body} is the HTML the editor's sanitizer kept; it is
 * null in the API's list pages, which never show it. Terms and bylines are the reader pages'
 * records, tags, regions and coverages by name, authors in byline order. What only the article
 * page shows (pictures with their renditions, gallery, live entries, related stories) is
 * {@link ArticlePageParts}, loaded by the page's own call; translations are
 * {@link ReaderCatalog#translations}.
 */
public record PublishedStory(
        long id,
        Edition edition,
        ArticleKind kind,
        String headline,
        String slug,
        String summary,
        String body,
        String source,
        String videoUrl,
        String correctionNote,
        int wordCount,
        SectionView section,
        Instant publishedAt,
        Instant updatedAt,
        String translationGroup,
        LeadImage leadImage,
        List<AuthorView> authors,
        List<TermView> tags,
        List<TermView> regions,
        List<TermView> coverages) {

    /** Where readers find it: {@code /en/news/politics/slug}. */
    public String path() {
        return edition.storyPath(section.path(), slug);
    }

    /** Updated after publication, so the page shows both times. */
    public boolean wasUpdated() {
        return updatedAt != null && publishedAt != null && updatedAt.isAfter(publishedAt);
    }

    /** When the story last changed for readers: the correction time, else the publication time. */
    public Instant modifiedAt() {
        return wasUpdated() ? updatedAt : publishedAt;
    }

    public int readingMinutes() {
        return ReadingTime.of(wordCount, edition).minutes();
    }
}
