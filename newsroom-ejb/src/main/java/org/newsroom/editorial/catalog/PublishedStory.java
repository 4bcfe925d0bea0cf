package org.newsroom.editorial.catalog;

import java.time.Instant;
import java.util.List;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.edition.Edition;

/**
 * A whole published story as the public API and the feeds hand it on. {@code body} is the HTML the
 * editor's sanitizer kept; {@code path} is the reader URL path ({@code /en/news/politics/slug}).
 * Its parts are the read model's own records: the section as menus know it, terms and bylines as
 * the reader pages show them, translations as the edition switch links them.
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
        SectionView section,
        List<TermView> regions,
        List<TermView> tags,
        List<TermView> coverages,
        List<AuthorView> authors,
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
