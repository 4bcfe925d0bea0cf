/**
 * RSS 2.0 and Atom feeds per edition, section, tag and author, written by Rome so that
 * escaping, dates and the two formats' quirks are a well-kept library's business.
 * Feeds live under the literal prefix {@code /feeds/} so they never collide with the
 * reader site's {@code /{edition}/…} page routes.
 */
package org.newsroom.web.feed;
