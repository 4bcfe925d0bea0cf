/**
 * Counting reads for "most read" without writing to the database on every page view:
 * reads add up in memory and a timer flushes them into hourly buckets, so a busy
 * article page costs one atomic increment, and the chart is a small aggregate.
 */
package org.newsroom.editorial.reading;
