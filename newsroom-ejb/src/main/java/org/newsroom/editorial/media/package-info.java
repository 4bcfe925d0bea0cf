/**
 * The media library as staff use it: uploads are judged by their bytes, never by their
 * name, decoded within limits and re-encoded into renditions, so nothing a camera or an
 * attacker hid in the file reaches readers; an image is described (alt text, caption,
 * credit) before any story may use it. Readers' side of the same bytes is
 * {@code catalog.MediaLibrary}.
 */
package org.newsroom.editorial.media;
