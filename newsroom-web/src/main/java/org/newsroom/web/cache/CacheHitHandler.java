package org.newsroom.web.cache;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import jakarta.servlet.ServletContext;
import java.nio.ByteBuffer;
import org.newsroom.web.article.ReaderAgents;
import org.newsroom.web.metrics.PageType;

/**
 * Answers page-cache hits ahead of the servlet container, on the Undertow IO thread that
 * read the request: no dispatch to a worker, no servlet request and response objects, no
 * filter chain. A hit is a regular expression on the path, a map lookup, header writes and
 * a non-blocking write of bytes that were gzipped and hashed when the page was rendered.
 * So hits never queue behind renders, however many renders are running or waiting.
 *
 * <p>Everything else goes down the servlet chain, where {@link PageCacheFilter} renders and
 * keeps: misses, other methods, the SSE streams, and the one request that re-renders a
 * stale page (it holds the render claim, marked by {@link #RENDER_CLAIMED}; every other
 * request for that page meanwhile gets the old copy here). The answer is the one the
 * filter gives for a hit: same status, headers and bytes (304, gzip, X-Cache: HIT); the
 * security headers come from the server's filters around every deployment (install.cli).
 *
 * <p>Reads of article pages are tallied in memory ({@link ReadTally}), never counted by
 * calling the EJB here: an IO thread must not block.
 */
final class CacheHitHandler implements HttpHandler {

    /** The cache key whose stale page this request re-renders; the filter takes it over. */
    static final AttachmentKey<String> RENDER_CLAIMED = AttachmentKey.create(String.class);

    private static final HttpString SURROGATE_KEY = new HttpString(SurrogateKeys.HEADER);
    private static final HttpString X_CACHE = new HttpString("X-Cache");

    private final HttpHandler next;
    private final ServletContext context;

    CacheHitHandler(HttpHandler next, ServletContext context) {
        this.next = next;
        this.context = context;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        // Published by PageCacheFilter once CDI is up; until then (and after undeploy began) the servlet chain answers.
        CacheHits hits = (CacheHits) context.getAttribute(CacheHits.ATTRIBUTE);
        if (hits == null || !answered(exchange, hits)) {
            next.handleRequest(exchange);
        }
    }

    private static boolean answered(HttpServerExchange exchange, CacheHits hits) {
        HttpString method = exchange.getRequestMethod();
        boolean head = Methods.HEAD.equals(method);
        if ((!head && !Methods.GET.equals(method)) || !hits.pages().enabled()) {
            return false;
        }
        HeaderMap request = exchange.getRequestHeaders();
        String path = requestUri(exchange);
        if (!PageCacheFilter.isCacheable(path, request.getFirst(Headers.ACCEPT))) {
            return false;
        }
        String query = exchange.getDecodedQueryString();
        String key = PageCache.keyOf(path, query == null || query.isEmpty() ? null : query);
        PageCache pages = hits.pages();
        CachedPage page = pages.find(key);
        if (page == null) {
            return false;
        }
        if (!head && pages.isStale(page) && pages.claimRender(key) == null) {
            // Exactly one request re-renders an old page, on a worker, while the others still get this copy.
            exchange.putAttachment(RENDER_CLAIMED, key);
            exchange.addExchangeCompleteListener((done, nextListener) -> {
                // The filter takes the claim over; if the request never reached it, the claim must not outlive the request.
                if (done.removeAttachment(RENDER_CLAIMED) != null) {
                    pages.rendered(key, null);
                }
                nextListener.proceed();
            });
            return false;
        }
        if (page.countsReadOf() != null && !ReaderAgents.isRobot(request.getFirst(Headers.USER_AGENT))) {
            hits.reads().count(page.countsReadOf());
        }
        hits.meters().readerRequest(PageType.of(path));
        hits.meters().pageCache(true);
        send(exchange, page, head);
        return true;
    }

    /** As the filter's send: the same headers, 304 for a matching validator, gzip when allowed. */
    private static void send(HttpServerExchange exchange, CachedPage page, boolean head) {
        HeaderMap request = exchange.getRequestHeaders();
        HeaderMap response = exchange.getResponseHeaders();
        response.put(Headers.ETAG, page.etag());
        response.put(Headers.CACHE_CONTROL, page.cacheControl());
        response.put(Headers.VARY, "Accept-Encoding");
        response.put(SURROGATE_KEY, page.surrogateKeyHeader());
        response.put(X_CACHE, "HIT");
        String ifNoneMatch = request.getFirst(Headers.IF_NONE_MATCH);
        if (ifNoneMatch != null && PageCacheFilter.matches(ifNoneMatch, page.etag())) {
            exchange.setStatusCode(304);
            exchange.endExchange();
            return;
        }
        exchange.setStatusCode(200);
        response.put(Headers.CONTENT_TYPE, page.contentType());
        byte[] bytes = page.body();
        if (page.gzipped() != null && PageCacheFilter.acceptsGzip(request.getFirst(Headers.ACCEPT_ENCODING))) {
            bytes = page.gzipped();
            response.put(Headers.CONTENT_ENCODING, "gzip");
        }
        response.put(Headers.CONTENT_LENGTH, bytes.length);
        if (head) {
            exchange.endExchange();
        } else {
            // Non-blocking: the IO thread hands the buffer to the channel and moves on; the array is never changed.
            exchange.getResponseSender().send(ByteBuffer.wrap(bytes));
        }
    }

    /** What {@code HttpServletRequest.getRequestURI()} gives in Undertow, so both sides compute the same key. */
    static String requestUri(HttpServerExchange exchange) {
        String uri = exchange.getRequestURI();
        if (!exchange.isHostIncludedInRequestURI()) {
            return uri;
        }
        int slashes = 0;
        for (int i = 0; i < uri.length(); i++) {
            if (uri.charAt(i) == '/' && ++slashes == 3) {
                return uri.substring(i);
            }
        }
        return "/";
    }
}
