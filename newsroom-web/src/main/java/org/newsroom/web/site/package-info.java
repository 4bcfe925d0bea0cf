/**
 * What every reader page shares: the frame (menus, ticker, edition switch), the
 * templates, HTTP caching (ETag and Cache-Control) and the error pages, so that feature
 * packages only decide what their page shows.
 */
package org.newsroom.web.site;
