/**
 * Writing and reading the append-only audit log. Writing joins the caller's transaction,
 * so an action and its audit entry are stored together or not at all.
 */
package org.newsroom.editorial.audit;
