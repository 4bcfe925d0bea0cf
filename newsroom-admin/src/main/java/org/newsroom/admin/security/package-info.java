/**
 * Who is signed in. One application may have only one HTTP authentication mechanism,
 * so {@link org.newsroom.admin.security.StaffSignInMechanism} serves both audiences:
 * HTTP Basic for the staff API (machines, no session) and a sign-in page for the
 * console (people, a session that times out).
 */
package org.newsroom.admin.security;
