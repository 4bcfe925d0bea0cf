/**
 * What search engines and social networks read in a page besides its text: schema.org JSON-LD
 * ({@link org.newsroom.web.metadata.StructuredData}, escaped for a script element), the feed links
 * the shared layout announces from a page's path ({@link org.newsroom.web.metadata.PageLinks}) and
 * the site's name and logo. The head's title, canonical, hreflang and Open Graph tags are written
 * by the layout template from the {@code Page} (the site package), escaped by jte.
 */
package org.newsroom.web.metadata;
