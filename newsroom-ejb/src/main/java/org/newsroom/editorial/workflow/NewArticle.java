package org.newsroom.editorial.workflow;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleKind;

/** What a writer gives to start a story. */
public record NewArticle(
        @NotBlank(message = "{org.newsroom.domain.refusal.Reason.INPUT_EDITION_MISSING}") @Pattern(regexp = "en|ar|es", message = "{org.newsroom.domain.refusal.Reason.INPUT_EDITION_UNKNOWN}") String edition,
        @NotBlank(message = "{org.newsroom.domain.refusal.Reason.INPUT_HEADLINE_MISSING}") @Size(max = Article.MAX_HEADLINE, message = "{org.newsroom.domain.refusal.Reason.INPUT_HEADLINE_TOO_LONG}") String headline,
        @NotNull(message = "{org.newsroom.domain.refusal.Reason.INPUT_SECTION_MISSING}") Long sectionId,
        @Size(max = Article.MAX_DESK, message = "{org.newsroom.domain.refusal.Reason.INPUT_DESK_TOO_LONG}") String desk,
        @Pattern(regexp = "NEWS|OPINION|ANALYSIS|BLOG|FEATURE|VIDEO|INFOGRAPH|GALLERY|LIVE",
                message = "{org.newsroom.domain.refusal.Reason.INPUT_KIND_UNKNOWN}") String kind) {

    /** A news story unless another kind was asked for. */
    public ArticleKind kindOrNews() {
        return kind == null || kind.isBlank() ? ArticleKind.NEWS : ArticleKind.valueOf(kind);
    }
}
