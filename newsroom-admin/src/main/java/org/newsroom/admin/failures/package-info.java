/**
 * What the console answers when a request cannot go the way it was asked: a form posted from a
 * page whose view state is gone or forged, an editor address typed or pasted. Each gets a page
 * that says what happened, with the status it means (never a 500 dressed as a normal page).
 */
package org.newsroom.admin.failures;
