package org.newsroom.editorial.media;

import java.util.List;

/** One page of a library search, with the total for the pager. */
public record AssetPage(List<AssetView> assets, long total, int first, int size) {
}
