package org.newsroom.web.cache;

import org.newsroom.editorial.metrics.NewsroomMeters;

/**
 * What {@link CacheHitHandler} needs to answer a hit, handed over through the deployment's
 * {@code ServletContext} (attribute {@link #ATTRIBUTE}): the handler is made by Undertow
 * through {@code ServiceLoader}, outside CDI, before any bean exists. {@link PageCacheFilter}
 * publishes it when it starts and takes it back when it stops, so it lives exactly as long
 * as the deployment; a redeploy has a new context, nothing static carries over.
 *
 * @param pages  the same cache the filter fills
 * @param reads  where hits of article pages count their reads without blocking
 * @param meters the application's meters (hits and reader requests, as the servlet path counts them)
 */
record CacheHits(PageCache pages, ReadTally reads, NewsroomMeters meters) {

    static final String ATTRIBUTE = CacheHits.class.getName();
}
