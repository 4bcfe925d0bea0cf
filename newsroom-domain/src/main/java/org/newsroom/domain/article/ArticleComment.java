package org.newsroom.domain.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A note between writer and editor on a story; never shown to readers. */
@Entity
@Table(name = "article_comment")
public class ArticleComment {

    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_comment_seq")
    private Long id;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(nullable = false, length = 60)
    private String author;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @NotBlank
    @Size(max = MAX_TEXT)
    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    protected ArticleComment() {
    }

    public ArticleComment(Long articleId, String author, Instant postedAt, String text) {
        this.articleId = articleId;
        this.author = author;
        this.postedAt = postedAt;
        this.text = text == null ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getArticleId() {
        return articleId;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getText() {
        return text;
    }
}
