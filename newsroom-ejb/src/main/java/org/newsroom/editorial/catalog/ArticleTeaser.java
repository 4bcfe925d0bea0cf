package org.newsroom.editorial.catalog;

import java.time.Instant;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.edition.Edition;

/** A story as lists show it: headline, standfirst, section, time and picture. */
public record ArticleTeaser(
        long id,
        Edition edition,
        ArticleKind kind,
        String headline,
        String slug,
        String summary,
        String sectionSlug,
        String parentSectionSlug,
        String sectionName,
        Instant publishedAt,
        Long leadMediaId,
        String leadAltText) {

    /** The section path below the edition: {@code news/politics} or {@code opinion}. */
    public String sectionPath() {
        return parentSectionSlug == null ? sectionSlug : parentSectionSlug + "/" + sectionSlug;
    }

    /** Where readers find it: {@code /en/news/politics/slug}. */
    public String path() {
        return edition.storyPath(sectionPath(), slug);
    }
}
