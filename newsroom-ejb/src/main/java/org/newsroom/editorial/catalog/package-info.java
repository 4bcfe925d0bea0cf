/**
 * What readers may see: published stories and the taxonomy around them, read in
 * few, fixed queries and handed out as small immutable views, never as entities,
 * so a page can neither change content nor trigger lazy loading.
 */
package org.newsroom.editorial.catalog;
