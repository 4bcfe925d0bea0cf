/**
 * Images used by stories: the asset with what readers and screen readers need
 * (alt text, caption, credit) and its stored renditions at several widths.
 */
package org.newsroom.domain.media;
