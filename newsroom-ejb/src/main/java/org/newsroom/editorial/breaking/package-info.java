/**
 * The breaking-news channel. Items are stored, then announced on the
 * {@code newsroom.breaking} JMS topic; every node keeps the current items of each
 * edition in memory, refreshed by that topic, so no reader page queries for them.
 * Every change is also recorded, so readers who were away catch up; the record is
 * pruned after a retention, and a reader away longer is sent a snapshot instead.
 */
package org.newsroom.editorial.breaking;
