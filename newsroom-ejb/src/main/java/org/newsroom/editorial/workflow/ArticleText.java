package org.newsroom.editorial.workflow;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.newsroom.domain.article.Article;

/** The text fields a save changes. */
public record ArticleText(
        @NotBlank(message = "a story needs a headline") @Size(max = Article.MAX_HEADLINE, message = "the headline is too long (at most 200 characters)") String headline,
        @Size(max = Article.MAX_SUMMARY, message = "the summary is too long (at most 600 characters)") String summary,
        @Size(max = Article.MAX_BODY, message = "the body is too long") String body) {
}
