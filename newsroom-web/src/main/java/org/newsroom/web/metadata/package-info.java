/**
 * What search engines and social networks read in a page's head: title, description,
 * canonical and hreflang links, Open Graph and Twitter tags, feed links and schema.org
 * JSON-LD. Pages call it and print its output unescaped (it escapes everything itself);
 * docs/discovery.md shows how.
 */
package org.newsroom.web.metadata;
