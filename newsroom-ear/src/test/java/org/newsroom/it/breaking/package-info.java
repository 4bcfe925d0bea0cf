/**
 * Issue 7 inside the server: the breaking-news service, the JMS inbox and its dead
 * letters, and real SSE readers. Role-guarded calls run as EDITOR (or ADMIN) through
 * {@link org.newsroom.it.support.AsRole}.
 */
package org.newsroom.it.breaking;
