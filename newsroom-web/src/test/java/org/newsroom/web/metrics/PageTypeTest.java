package org.newsroom.web.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PageTypeTest {

    @Test
    void readerPathsAreNamedByWhatTheyShow() {
        assertEquals("home", PageType.of("/"));
        assertEquals("home", PageType.of("/en/"));
        assertEquals("home", PageType.of("/en"));
        assertEquals("section", PageType.of("/en/world/"));
        assertEquals("section", PageType.of("/en/world/europe/"));
        assertEquals("section", PageType.of("/en/world"));
        assertEquals("article", PageType.of("/en/world/a-story-slug"));
        assertEquals("article", PageType.of("/fr/monde/europe/une-histoire"));
        assertEquals("taxonomy", PageType.of("/en/tag/elections/"));
        assertEquals("taxonomy", PageType.of("/en/authors/"));
        assertEquals("search", PageType.of("/en/search"));
        assertEquals("search", PageType.of("/api/v1/search"));
        assertEquals("api", PageType.of("/api/v1/editions/en/articles"));
        assertEquals("stream", PageType.of("/api/v1/breaking/stream"));
        assertEquals("stream", PageType.of("/api/v1/live/12/stream"));
        assertEquals("feed", PageType.of("/feeds/en/feed.atom"));
        assertEquals("sitemap", PageType.of("/sitemap.xml"));
        assertEquals("sitemap", PageType.of("/robots.txt"));
        assertEquals("media", PageType.of("/media/3/640"));
        assertEquals("asset", PageType.of("/assets/site-v3.css"));
        assertEquals("other", PageType.of("/favicon.ico"));
        assertEquals("other", PageType.of("/en/a/b/c/d"));
    }
}
