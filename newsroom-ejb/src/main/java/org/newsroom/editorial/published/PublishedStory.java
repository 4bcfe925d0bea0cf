package org.newsroom.editorial.published;

import java.time.Instant;
import java.util.List;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.edition.Edition;

/**
 * A whole published story. {@code body} is the HTML the editor's sanitizer kept;
 * {@code path} is the reader URL path ({@code /en/news/politics/slug}).
 */
public record PublishedStory(
        long id,
        Edition edition,
        ArticleKind kind,
        String headline,
        String slug,
        String path,
        String summary,
        String body,
        String source,
        String videoUrl,
        SectionNode section,
        SectionNode parentSection,
        List<TermRef> regions,
        List<TermRef> tags,
        List<TermRef> coverages,
        List<TermRef> authors,
        LeadImage leadImage,
        String translationGroup,
        List<Translation> translations,
        int wordCount,
        Instant publishedAt,
        Instant updatedAt) {

    /** When the story last changed for readers: the correction time, else the publication time. */
    public Instant modifiedAt() {
        return updatedAt != null && updatedAt.isAfter(publishedAt) ? updatedAt : publishedAt;
    }
}
