package org.newsroom.editorial.workflow;

import java.time.Instant;
import org.newsroom.domain.article.ArticleComment;

/** A note on a story, as staff see it. */
public record CommentView(long id, long articleId, String author, Instant postedAt, String text) {

    static CommentView of(ArticleComment c) {
        return new CommentView(c.getId(), c.getArticleId(), c.getAuthor(), c.getPostedAt(), c.getText());
    }
}
