/**
 * Discovery over HTTP from inside the server: the tests read the database to find
 * drafts and stories in review, then prove that no API answer, feed, sitemap or search
 * result shows them; feeds and sitemaps are parsed as XML, search runs in all three
 * languages.
 */
package org.newsroom.it.discovery;
