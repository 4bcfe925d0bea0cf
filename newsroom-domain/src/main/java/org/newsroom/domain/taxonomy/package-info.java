/**
 * The ways readers browse: the two-level section tree, regions, tags and curated
 * coverages. Each term belongs to one edition and is named by a slug in the URL.
 */
package org.newsroom.domain.taxonomy;
