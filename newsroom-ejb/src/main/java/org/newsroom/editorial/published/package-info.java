/**
 * Published stories as the news apps, feed readers and search engines take them:
 * whole stories with byline, taxonomy and picture, filtered lists and translation
 * groups. Every query here is restricted to PUBLISHED so that no draft can leak
 * through any machine-readable channel, and only records leave the package.
 */
package org.newsroom.editorial.published;
