/**
 * The people whose names readers see: authors of bylines, each with a page of
 * their stories. Staff accounts (who may sign in) are a separate concern in
 * {@code staff}; an author need not be able to sign in, and an admin need not write.
 */
package org.newsroom.domain.people;
