package org.newsroom.editorial.workflow;

import org.newsroom.editorial.ActionRefused;
import static org.newsroom.editorial.ActionRefused.Why.NOT_ALLOWED;

import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleStatus;

/**
 * What a writer may change: their own stories, while a draft or sent back. Editors and above
 * are not limited here. Every service that changes a story's text, details or pictures asks.
 */
public final class WriterLimits {

    private WriterLimits() {
    }

    /** Refuses a writer who is not the story's author, or a story past the writer's stages. */
    public static void requireWriterMayChange(Article article, String caller, boolean callerIsEditor) {
        if (callerIsEditor) {
            return;
        }
        if (!article.getCreatedBy().equals(caller)) {
            throw new ActionRefused(NOT_ALLOWED, "Writers work on their own stories only; this one is " + article.getCreatedBy() + "'s");
        }
        if (article.getStatus() != ArticleStatus.DRAFT && article.getStatus() != ArticleStatus.CHANGES_REQUESTED) {
            throw new ActionRefused(NOT_ALLOWED, "A writer can change a story only while it is a draft or sent back");
        }
    }
}
