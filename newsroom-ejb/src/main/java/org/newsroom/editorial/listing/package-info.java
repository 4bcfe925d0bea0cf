/**
 * Lists of stories for the console: one filtered, sorted page at a time with its count,
 * so the article table and the dashboard stay fast with 100,000 stories. Read-only.
 */
package org.newsroom.editorial.listing;
