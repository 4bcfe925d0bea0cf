package org.newsroom.web.address;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;
import org.newsroom.editorial.configuration.Setting;

/**
 * The site's public origin, used for every absolute URL readers and machines see: canonical
 * and hreflang links, Open Graph, JSON-LD, feeds, sitemaps, robots.txt and the API. It is
 * {@code NEWSROOM_PUBLIC_URL} (or the system property {@code newsroom.public.url}), read once;
 * without it, the origin of the request being answered, which behind a CDN or proxy, or in a
 * page cached for one host and served to another, is not the address readers use, so its
 * absence is logged as a warning at the first request.
 */
public record PublicAddress(String origin) {

    private static final Logger LOG = Logger.getLogger(PublicAddress.class.getName());

    private static final Optional<PublicAddress> CONFIGURED = readConfiguration();

    private static Optional<PublicAddress> readConfiguration() {
        String configured = Setting.PUBLIC_URL.text();
        if (configured == null || configured.isBlank()) {
            LOG.warning("NEWSROOM_PUBLIC_URL is not set: canonical links, feeds and sitemaps name the host each request came"
                    + " in on. Set it to the site's public address, e.g. https://news.example");
            return Optional.empty();
        }
        return Optional.of(new PublicAddress(stripSlash(configured.strip())));
    }

    /** The configured public origin, if {@code NEWSROOM_PUBLIC_URL} is set. */
    public static Optional<PublicAddress> configured() {
        return CONFIGURED;
    }

    public static PublicAddress of(UriInfo request) {
        return CONFIGURED.orElseGet(() -> {
            URI base = request.getBaseUri();
            return new PublicAddress(stripSlash(base.getScheme() + "://" + base.getRawAuthority()));
        });
    }

    public static PublicAddress of(HttpServletRequest request) {
        return CONFIGURED.orElseGet(() -> {
            int port = request.getServerPort();
            boolean usual = port <= 0 || ("http".equals(request.getScheme()) && port == 80)
                    || ("https".equals(request.getScheme()) && port == 443);
            return new PublicAddress(request.getScheme() + "://" + request.getServerName() + (usual ? "" : ":" + port));
        });
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
