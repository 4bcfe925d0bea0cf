/**
 * Tests of the editorial engine in the running server: the staff API over HTTP with
 * real sign-in (roles, locking, leases, scheduling), and in-container tests of due work
 * and the ContentChanged message.
 */
package org.newsroom.it.editorial;
