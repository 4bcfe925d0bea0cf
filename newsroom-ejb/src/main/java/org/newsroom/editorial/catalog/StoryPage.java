package org.newsroom.editorial.catalog;

import java.util.List;

/** One page of a list; {@code page} counts from 0. */
public record StoryPage(List<PublishedStory> items, int page, int size, long total) {
}
