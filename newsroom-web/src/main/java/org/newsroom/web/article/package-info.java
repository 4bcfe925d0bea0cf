/**
 * The article page: the story with its byline, media, kind-specific parts and the
 * links around it, and the one place a read is counted.
 */
package org.newsroom.web.article;
