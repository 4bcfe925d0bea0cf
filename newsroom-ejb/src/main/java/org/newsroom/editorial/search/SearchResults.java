package org.newsroom.editorial.search;

import java.util.List;

/** One page of hits, best first; {@code query} is the text actually searched (cleaned and capped). */
public record SearchResults(String query, List<SearchHit> hits, long total, int page, int size) {

    static SearchResults none(String query, int page, int size) {
        return new SearchResults(query, List.of(), 0, page, size);
    }
}
