/**
 * Preview passes: staff look at an unpublished story as readers will see it, on the
 * reader site, through a short-lived unguessable link. The pass lives in the database so
 * that whichever node serves the preview can check it; nothing is shared in memory.
 */
package org.newsroom.domain.preview;
