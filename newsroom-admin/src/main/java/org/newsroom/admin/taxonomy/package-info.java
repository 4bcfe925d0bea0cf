/**
 * The taxonomy screen (chief editors): tags renamed and merged through TaxonomyDesk,
 * which audits the change and tells the reader site's caches.
 */
package org.newsroom.admin.taxonomy;
