/**
 * The table of all stories: filters and sorting go to the database through
 * {@code ArticleListing}, one page at a time, so it stays fast with 100,000 stories.
 */
package org.newsroom.admin.articles;
