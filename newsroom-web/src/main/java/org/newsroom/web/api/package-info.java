/**
 * The public JSON API for the news apps under {@code /api/v1/}: read-only, anonymous,
 * published content only. Responses carry strong ETags so that apps and CDNs revalidate
 * with a 304; errors are RFC 9457 problem documents, produced only for API requests so
 * the HTML pages keep their own error pages.
 */
package org.newsroom.web.api;
