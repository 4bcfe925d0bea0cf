package org.newsroom.editorial.workflow;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.newsroom.domain.article.Article;

/** The text fields a save changes. */
public record ArticleText(
        @NotBlank(message = "{org.newsroom.domain.refusal.Reason.INPUT_HEADLINE_MISSING}") @Size(max = Article.MAX_HEADLINE, message = "{org.newsroom.domain.refusal.Reason.INPUT_HEADLINE_TOO_LONG}") String headline,
        @Size(max = Article.MAX_SUMMARY, message = "{org.newsroom.domain.refusal.Reason.INPUT_SUMMARY_TOO_LONG}") String summary,
        @Size(max = Article.MAX_BODY, message = "{org.newsroom.domain.refusal.Reason.INPUT_BODY_TOO_LONG}") String body) {
}
