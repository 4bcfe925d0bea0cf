/**
 * Who is at the console: the sign-in page, sign-out and what the caller's role shows.
 * The one authentication mechanism of the application (HTTP Basic for the staff API,
 * the sign-in page and a session for the console) is
 * {@code org.newsroom.editorial.security.StaffSignInMechanism}; web.xml switches it on.
 */
package org.newsroom.admin.security;
