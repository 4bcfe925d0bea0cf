/**
 * The page cache: a busy minute is the same few pages asked for thousands of times, so
 * each node keeps what it rendered (bytes, gzip, ETag) and answers from memory until a
 * {@code ContentChanged} or breaking-topic message names something the page shows.
 * Pages say what they show through the {@code Surrogate-Key} header, which a CDN can
 * purge by too; a page without it is never cached.
 *
 * <p>Hits are answered by an Undertow handler ahead of the servlet container, on the IO
 * threads, because a hit queued behind renders is no faster than a render; and renders are
 * bounded, because a burst of misses (a crawler, a cold cache) would otherwise take every
 * worker and database connection until nothing answers at all.
 */
package org.newsroom.web.cache;
