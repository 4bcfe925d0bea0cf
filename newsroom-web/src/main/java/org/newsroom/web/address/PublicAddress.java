package org.newsroom.web.address;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The site's public origin: {@code newsroom.public.url} (system property) or
 * {@code NEWSROOM_PUBLIC_URL}, else the origin of the request being answered.
 */
public record PublicAddress(String origin) {

    /** The configured origin, else {@code http://localhost:8080} (for pages rendered without a request at hand). */
    public static PublicAddress configured() {
        String configured = System.getProperty("newsroom.public.url", System.getenv("NEWSROOM_PUBLIC_URL"));
        return new PublicAddress(stripSlash(configured == null || configured.isBlank() ? "http://localhost:8080" : configured.strip()));
    }

    public static PublicAddress of(UriInfo request) {
        String configured = System.getProperty("newsroom.public.url", System.getenv("NEWSROOM_PUBLIC_URL"));
        if (configured != null && !configured.isBlank()) {
            return new PublicAddress(stripSlash(configured.strip()));
        }
        URI base = request.getBaseUri();
        return new PublicAddress(stripSlash(base.getScheme() + "://" + base.getRawAuthority()));
    }

    /**
     * {@code path} starts with a slash. Slugs may be Arabic: sitemaps and feeds need URLs,
     * not IRIs, so every non-ASCII character is percent-encoded as UTF-8 (ASCII, and with
     * it any existing escape, is left as it is).
     */
    public String absolute(String path) {
        if (path == null) {
            return null;
        }
        StringBuilder url = new StringBuilder(origin);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0) {
                url.append((char) b);
            } else {
                url.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return url.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
