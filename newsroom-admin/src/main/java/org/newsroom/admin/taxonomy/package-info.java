/**
 * The taxonomy screen (chief editors): tags renamed and merged, sections and regions
 * created, renamed, reordered and removed when unused, coverages curated — all through
 * TaxonomyDesk, which checks the input, audits the change and tells the reader site's caches.
 */
package org.newsroom.admin.taxonomy;
