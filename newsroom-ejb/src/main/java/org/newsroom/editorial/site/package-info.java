/**
 * The edition's own words, edited by administrators: name, slogan and the static pages.
 * Readers' pages read them from each node's memory (the reader site reloads them when a
 * SITE ContentChanged arrives), so no page render pays a query for them.
 */
package org.newsroom.editorial.site;
