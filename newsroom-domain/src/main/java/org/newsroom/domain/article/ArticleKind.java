package org.newsroom.domain.article;

/** What sort of journalism an article is; it decides how the reader page renders it. */
public enum ArticleKind {
    NEWS,
    OPINION,
    ANALYSIS,
    BLOG,
    FEATURE,
    VIDEO,
    INFOGRAPH,
    GALLERY,
    LIVE;

    /** Opinion and analysis are labelled as such wherever they are shown. */
    public boolean isLabelled() {
        return this == OPINION || this == ANALYSIS;
    }
}
