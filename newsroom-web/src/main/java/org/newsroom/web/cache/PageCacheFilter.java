package org.newsroom.web.cache;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.newsroom.editorial.metrics.NewsroomMeters;
import org.newsroom.editorial.reading.ReadCounter;
import org.newsroom.web.article.ReaderAgents;

/**
 * The hit path, ahead of RESTEasy: a reader page or public API answer found in the
 * {@link PageCache} is written straight from memory (304, gzip or plain). On a miss the
 * page is rendered as usual with its body held back; a 200 without cookies that names
 * its {@link SurrogateKeys} is kept. Server-Sent Events streams, images and assets never
 * come through here.
 */
@WebFilter(filterName = "page-cache", urlPatterns = "/*", asyncSupported = true)
public class PageCacheFilter extends HttpFilter {

    /** The article page sets this so a hit still counts a read for "most read". */
    public static final String COUNTS_READ_OF = PageCacheFilter.class.getName() + ".countsReadOf";

    /** Reader pages below an edition, and the public API; not its streams. */
    private static final Pattern CACHEABLE_PATH = Pattern.compile("^/(?:[a-z]{2}/.*|api/v1/(?!.*/stream$).*)$");

    private static final long RENDER_WAIT_SECONDS = 5;

    @Inject
    PageCache cache;

    @EJB
    ReadCounter reads;

    @Inject
    NewsroomMeters meters;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean get = "GET".equals(request.getMethod());
        boolean head = "HEAD".equals(request.getMethod());
        String path = request.getRequestURI();
        if (!cache.enabled() || !(get || head) || !CACHEABLE_PATH.matcher(path).matches() || wantsEventStream(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = PageCache.keyOf(path, request.getQueryString());
        CachedPage page = cache.find(key);
        if (page != null && (head || !cache.isStale(page) || cache.claimRender(key) != null)) {
            // Fresh, or old and already being re-rendered by another request: this reader gets the copy.
            hit(page, request, response, head);
            return;
        }
        if (head) {
            chain.doFilter(request, response);
            return;
        }
        if (page == null) {
            CompletableFuture<CachedPage> running = cache.claimRender(key);
            if (running != null) {
                CachedPage awaited = await(running);
                if (awaited != null) {
                    hit(awaited, request, response, false);
                } else {
                    chain.doFilter(request, response); // that render was not one to keep (an error): ours won't be either
                }
                return;
            }
        }
        // This request holds the claim: render, keep, and let the waiting ones have it.
        CachedPage rendered = null;
        try {
            long renderStarted = System.nanoTime();
            CapturedResponse captured = new CapturedResponse(response);
            chain.doFilter(new WithoutValidators(request), captured);
            rendered = keepable(captured, request, renderStarted);
            if (rendered == null) {
                String etag = captured.getHeader("ETag");
                String ifNoneMatch = request.getHeader("If-None-Match");
                if (captured.getStatus() == 200 && etag != null && ifNoneMatch != null && matches(ifNoneMatch, etag)) {
                    // The render did not see the validator we hid; answer the 304 it would have.
                    response.setStatus(304);
                    response.setHeader("Content-Type", null);
                    response.setHeader("Content-Length", null);
                    return;
                }
                captured.release();
                return;
            }
            CachedPage kept = rendered;
            if (!cache.store(key, rendered, renderStarted)) {
                rendered = null; // rendered while something it shows changed: the waiting requests render afresh
            }
            meters.pageCache(false);
            send(kept, "MISS", request, response, false);
        } finally {
            cache.rendered(key, rendered);
        }
    }

    private void hit(CachedPage page, HttpServletRequest request, HttpServletResponse response, boolean head)
            throws IOException {
        if (page.countsReadOf() != null && !ReaderAgents.isRobot(request.getHeader("User-Agent"))) {
            reads.countRead(page.countsReadOf());
        }
        meters.pageCache(true);
        send(page, "HIT", request, response, head);
    }

    /** A render normally takes milliseconds; past this, render on our own rather than keep the reader waiting. */
    private static CachedPage await(CompletableFuture<CachedPage> running) {
        try {
            return running.get(RENDER_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private static boolean wantsEventStream(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/event-stream");
    }

    /** Only a complete 200 that named what it shows, sets no cookie and says nothing against storing it. */
    private static CachedPage keepable(CapturedResponse captured, HttpServletRequest request, long renderStarted)
            throws IOException {
        String keyHeader = captured.getHeader(SurrogateKeys.HEADER);
        String cacheControl = captured.getHeader("Cache-Control");
        if (captured.getStatus() != 200 || keyHeader == null || captured.setsCookie() || captured.isCommitted()
                || cacheControl == null || cacheControl.contains("no-store") || cacheControl.contains("private")) {
            return null;
        }
        Set<String> keys = SurrogateKeys.parse(keyHeader);
        if (keys.isEmpty()) {
            return null;
        }
        byte[] body = captured.body();
        String etag = captured.getHeader("ETag");
        if (etag == null || etag.startsWith("W/")) {
            etag = "\"" + sha256(body) + "\"";
        }
        byte[] gzipped = gzip(body);
        Object readOf = request.getAttribute(COUNTS_READ_OF);
        return new CachedPage(body, gzipped.length < body.length ? gzipped : null, etag, captured.getContentType(),
                cacheControl, Set.copyOf(keys), String.join(" ", keys), readOf instanceof Long id ? id : null, renderStarted);
    }

    private static void send(CachedPage page, String outcome, HttpServletRequest request, HttpServletResponse response,
                             boolean head) throws IOException {
        response.setHeader("ETag", page.etag());
        response.setHeader("Cache-Control", page.cacheControl());
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader(SurrogateKeys.HEADER, page.surrogateKeyHeader());
        response.setHeader("X-Cache", outcome);
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && matches(ifNoneMatch, page.etag())) {
            response.setStatus(304);
            response.setHeader("Content-Type", null);
            response.setHeader("Content-Length", null);
            return;
        }
        response.setStatus(200);
        response.setContentType(page.contentType());
        byte[] bytes = page.body();
        if (page.gzipped() != null && acceptsGzip(request.getHeader("Accept-Encoding"))) {
            bytes = page.gzipped();
            response.setHeader("Content-Encoding", "gzip");
        } else {
            response.setHeader("Content-Encoding", null);
        }
        response.setContentLength(bytes.length);
        if (!head) {
            response.getOutputStream().write(bytes);
        }
    }

    static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2); // If-None-Match compares weakly (RFC 9110 13.1.2)
            }
            if (tag.equals(etag) || tag.equals("*")) {
                return true;
            }
        }
        return false;
    }

    /** gzip unless the client refused it with q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase();
            if (name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].replace(" ", "");
                    if (parameter.equals("q=0") || parameter.matches("q=0\\.0*")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        // Best compression: it is paid once per render and saved on every hit.
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(body);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** On a miss the page must render in full to be kept, even if this reader already has it: the filter answers the 304. */
    private static final class WithoutValidators extends HttpServletRequestWrapper {

        WithoutValidators(HttpServletRequest request) {
            super(request);
        }

        private static boolean hidden(String name) {
            return "If-None-Match".equalsIgnoreCase(name) || "If-Modified-Since".equalsIgnoreCase(name);
        }

        @Override
        public String getHeader(String name) {
            return hidden(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public long getDateHeader(String name) {
            return hidden(name) ? -1 : super.getDateHeader(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
                    .filter(name -> !hidden(name)).toList());
        }
    }
}
