/**
 * Due work: scheduled publication and unpublication. The database is the source of
 * truth, so a timer that asks "what is due now?" catches up after downtime by itself;
 * each item is changed in its own transaction under the article's version, so on
 * several nodes exactly one of them publishes it and one failure never blocks the rest.
 */
package org.newsroom.editorial.schedule;
