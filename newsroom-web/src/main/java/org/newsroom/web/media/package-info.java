/** Serving stored images to readers with caching fit for immutable files. */
package org.newsroom.web.media;
