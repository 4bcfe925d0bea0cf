package org.newsroom.web.api;

import java.util.List;

/** One page of stories; {@code next} is null on the last page. */
public record ArticleList(List<ArticleDocument> items, int page, int size, long total, String next) {
}
