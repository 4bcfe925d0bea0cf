/**
 * What readers may see, for the reader site: the reader shelf (one narrow row per published
 * story, its terms and the size of every list, written in the same transaction as each change
 * readers can see) and the queries on it, each one index range with a limit, so no page costs
 * more with a bigger archive; the taxonomy around them kept in memory. Views leave as small
 * immutable records, never entities, so a page can neither change content nor trigger lazy
 * loading.
 */
package org.newsroom.editorial.catalog;
