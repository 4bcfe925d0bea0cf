package org.newsroom.editorial.workflow;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleKind;

/** What a writer gives to start a story. */
public record NewArticle(
        @NotBlank(message = "choose an edition") @Pattern(regexp = "en|ar|es", message = "the edition is en, ar or es") String edition,
        @NotBlank(message = "a story needs a headline") @Size(max = Article.MAX_HEADLINE, message = "the headline is too long (at most 200 characters)") String headline,
        @NotNull(message = "choose a section") Long sectionId,
        @Size(max = Article.MAX_DESK, message = "the desk name is too long") String desk,
        @Pattern(regexp = "NEWS|OPINION|ANALYSIS|BLOG|FEATURE|VIDEO|INFOGRAPH|GALLERY|LIVE",
                message = "the kind is one of NEWS, OPINION, ANALYSIS, BLOG, FEATURE, VIDEO, INFOGRAPH, GALLERY, LIVE") String kind) {

    /** A news story unless another kind was asked for. */
    public ArticleKind kindOrNews() {
        return kind == null || kind.isBlank() ? ArticleKind.NEWS : ArticleKind.valueOf(kind);
    }
}
