/**
 * The boundary of the editorial workflow: every change to a story enters here, where
 * the caller's role, the story's state and the version the caller edited are checked
 * in one transaction, and a revision and an audit entry are written with the change.
 */
package org.newsroom.editorial.workflow;
