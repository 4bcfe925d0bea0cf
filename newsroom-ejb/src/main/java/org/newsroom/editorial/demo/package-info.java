/**
 * Demo content for a new installation: the full section tree, regions, tags,
 * coverages, authors, pictures and several hundred stories in English, Arabic and
 * Spanish, all generated here from our own word lists. The same generator makes the
 * 100,000-story corpus for benchmarks ({@code -Dnewsroom.demo.articles=100000}).
 */
package org.newsroom.editorial.demo;
