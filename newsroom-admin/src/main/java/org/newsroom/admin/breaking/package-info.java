/**
 * The breaking-news desk: one line and one button to put news on an edition's ticker,
 * and the current items to correct or retract. The {@code BreakingNews} service stores
 * and announces; this page only asks.
 */
package org.newsroom.admin.breaking;
