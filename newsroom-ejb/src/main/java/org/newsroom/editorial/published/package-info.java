/**
 * Published stories as the news apps, feed readers and search engines take them: whole
 * stories with byline, taxonomy and picture, filtered lists and translation groups. Lists and
 * sitemaps are read off the reader shelf (see the catalog package), which only ever holds
 * published stories, so no draft can leak through any machine-readable channel; a single story
 * is loaded only when PUBLISHED. Only records leave the package.
 */
package org.newsroom.editorial.published;
