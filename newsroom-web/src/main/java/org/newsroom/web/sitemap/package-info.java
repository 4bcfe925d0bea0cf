/**
 * Sitemaps and robots.txt for search engines: an index, per-edition sitemaps of
 * stories (with hreflang alternates for translations), sections and tags, and a
 * Google News sitemap of the last 48 hours. XML is written with StAX, so escaping is
 * the writer's job, not string concatenation's.
 */
package org.newsroom.web.sitemap;
