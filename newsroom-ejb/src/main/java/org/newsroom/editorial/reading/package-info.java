/**
 * Counting reads for "most read" without writing to the database on every page view:
 * reads add up in memory and a timer flushes them into hourly buckets, so a busy
 * article page costs one atomic increment; the chart is worked out from the buckets at
 * most every ten seconds per edition and kept in memory, however many pages show it.
 */
package org.newsroom.editorial.reading;
