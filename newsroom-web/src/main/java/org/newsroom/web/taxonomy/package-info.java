/** Pages for the taxonomies beside sections (regions, tags, coverages) and for authors: lists of stories by what they share. */
package org.newsroom.web.taxonomy;
