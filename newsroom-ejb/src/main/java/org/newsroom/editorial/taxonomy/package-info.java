/**
 * Curating how readers browse: the section tree, regions, tags and coverages. Chief
 * editors' work, audited; names change but addresses (slugs) never do, so no reader link
 * breaks; every change tells the reader site which pages to drop (ContentChanged), so
 * readers never see an old name from the cache.
 */
package org.newsroom.editorial.taxonomy;
