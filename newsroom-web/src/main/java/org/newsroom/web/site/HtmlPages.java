package org.newsroom.web.site;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.newsroom.web.cache.SurrogateKeys;

/** Responses for reader pages: HTML in UTF-8 with caching a CDN can use. */
public final class HtmlPages {

    public static final String HTML = "text/html;charset=UTF-8";

    /** Short browser lifetime, longer at the CDN, and stale copies served while the CDN refreshes. */
    public static final String PAGE_CACHING = "public, max-age=60, s-maxage=300, stale-while-revalidate=600";

    private HtmlPages() {
    }

    public static Response ok(String html) {
        return Response.ok(html, HTML).header("Cache-Control", PAGE_CACHING).build();
    }

    /** A page the page cache may keep until something it shows changes (see {@link SurrogateKeys}). */
    public static Response ok(String html, SurrogateKeys shows) {
        return Response.ok(html, HTML).header("Cache-Control", PAGE_CACHING).header(SurrogateKeys.HEADER, shows.toString()).build();
    }

    public static Response status(int status, String html, String caching) {
        return Response.status(status).type(HTML).entity(html).header("Cache-Control", caching).build();
    }

    /** For a wrong section path or a missing trailing slash: the canonical URL, for good. */
    public static Response movedPermanently(String path) {
        return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(path))
                .header("Cache-Control", PAGE_CACHING).build();
    }

    public static CacheControl none() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
