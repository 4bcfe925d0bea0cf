/**
 * Staff previews of unpublished stories on the reader site. The console asks for a pass
 * (a signed-in staff member only); the reader site, which has no staff session, renders
 * the story for whoever brings a valid pass and never caches it.
 */
package org.newsroom.editorial.preview;
