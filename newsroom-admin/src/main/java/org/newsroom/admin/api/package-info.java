/**
 * The staff JSON API at /admin/api/v1 for newsroom tools and automation. Thin: each
 * resource calls the same services as the console, which check roles and rules; this
 * package only maps HTTP (If-Match, ETag, problem+json) onto them. HTTP Basic over the
 * staff identity store, so production must put it behind TLS. Every way a call can fail ends
 * in {@code FailureAsProblem}: one error contract, never an exception's text in an answer.
 */
package org.newsroom.admin.api;
