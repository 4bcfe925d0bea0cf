package org.newsroom.web.address;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The site's public origin: {@code newsroom.public.url} (system property) or
 * {@code NEWSROOM_PUBLIC_URL}, else the origin of the request being answered.
 */
public record PublicAddress(String origin) {

    public static PublicAddress of(UriInfo request) {
        String configured = System.getProperty("newsroom.public.url", System.getenv("NEWSROOM_PUBLIC_URL"));
        if (configured != null && !configured.isBlank()) {
            return new PublicAddress(stripSlash(configured.strip()));
        }
        URI base = request.getBaseUri();
        return new PublicAddress(stripSlash(base.getScheme() + "://" + base.getRawAuthority()));
    }

    /** {@code path} must start with a slash and already be URL-safe (slugs are). */
    public String absolute(String path) {
        return path == null ? null : origin + path;
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
