package org.newsroom.web.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import org.newsroom.editorial.metrics.NewsroomMeters;

/**
 * Counts every request of the reader site by {@link PageType}. A request listener, not a
 * filter: the page cache's filter answers hits without passing them down the chain, and
 * the order of annotated filters is not defined, so a filter would miss hits.
 */
@WebListener
public class ReaderRequestMetrics implements ServletRequestListener {

    @Inject
    NewsroomMeters meters;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request) {
            meters.readerRequest(PageType.of(request.getRequestURI()));
        }
    }
}
