/**
 * The page cache: a busy minute is the same few pages asked for thousands of times, so
 * each node keeps what it rendered (bytes, gzip, ETag) and answers from memory until a
 * {@code ContentChanged} or breaking-topic message names something the page shows.
 * Pages say what they show through the {@code Surrogate-Key} header, which a CDN can
 * purge by too; a page without it is never cached.
 */
package org.newsroom.web.cache;
