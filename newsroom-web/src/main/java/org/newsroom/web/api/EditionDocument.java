package org.newsroom.web.api;

/** An edition and where its content lives. */
public record EditionDocument(String code, String language, String direction, String home, String articles,
        String sections, String rss, String atom) {
}
