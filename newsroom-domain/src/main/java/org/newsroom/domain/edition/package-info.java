/**
 * Editions of the site: each is a language with its own direction, home page,
 * sections and articles. The set is fixed by the product, so it is an enum.
 */
package org.newsroom.domain.edition;
