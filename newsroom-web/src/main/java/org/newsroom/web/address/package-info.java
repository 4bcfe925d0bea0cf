/**
 * Absolute URLs for machine readers: feeds, sitemaps, JSON-LD and the API must name
 * the public host, which behind a CDN or proxy is not the host WildFly sees.
 */
package org.newsroom.web.address;
