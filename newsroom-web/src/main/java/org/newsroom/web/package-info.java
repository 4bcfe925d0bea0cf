/**
 * The public reader site and the public JSON API. Reader requests are GET only,
 * carry no session and are rendered from compiled templates, so pages can be cached
 * by this node and by a CDN in front of it.
 */
package org.newsroom.web;
