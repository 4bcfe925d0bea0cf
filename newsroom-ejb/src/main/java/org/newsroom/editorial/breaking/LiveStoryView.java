package org.newsroom.editorial.breaking;

import java.io.Serializable;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.edition.Edition;

/** A live story as the desk lists it; {@code readerPath} is null until it is published. */
public record LiveStoryView(long id, Edition edition, String headline, ArticleStatus status, String readerPath) implements Serializable {
}
