/**
 * Revisions of a story's text: recorded on every save, listed, compared field by field
 * (word by word for the body) and restored as a new revision, so no text is ever lost.
 */
package org.newsroom.editorial.revision;
