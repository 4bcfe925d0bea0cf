/**
 * Issue 7 inside the server: the breaking-news service, the JMS inbox and its dead
 * letters, and real SSE readers. Staff sign-in is not wired yet, so role-guarded calls
 * go through {@link org.newsroom.it.breaking.EditorsDesk}, a test-only EJB module that
 * runs as EDITOR.
 */
package org.newsroom.it.breaking;
