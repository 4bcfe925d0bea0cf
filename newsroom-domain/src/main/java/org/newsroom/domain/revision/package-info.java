/**
 * Revisions: every saved state of a story's text, so nothing an editor typed is ever
 * lost, whoever saved last. Rows are only ever added.
 */
package org.newsroom.domain.revision;
