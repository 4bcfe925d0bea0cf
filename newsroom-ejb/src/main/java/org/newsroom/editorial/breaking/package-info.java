/**
 * The breaking-news channel. Items are stored, then announced on the
 * {@code newsroom.breaking} JMS topic; every node keeps the current items of each
 * edition in memory, refreshed by that topic, so no reader page queries for them.
 */
package org.newsroom.editorial.breaking;
