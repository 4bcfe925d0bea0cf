/**
 * What every reader page shares: the compiled templates, the edition's chrome and
 * the HTTP headers that keep pages session-less and cacheable.
 */
package org.newsroom.web.site;
