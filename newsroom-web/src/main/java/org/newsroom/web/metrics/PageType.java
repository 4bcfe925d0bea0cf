package org.newsroom.web.metrics;

import java.util.Set;
import java.util.regex.Pattern;

/** The kind of reader page a path asks for, from the site's URL scheme (see EditionRoutes); a small fixed set of tags. */
public final class PageType {

    private static final Pattern EDITION = Pattern.compile("^/[a-z]{2}(/.*)?$");
    private static final Set<String> TAXONOMY_LISTS = Set.of("region", "tag", "coverage", "author", "authors");

    private PageType() {
    }

    public static String of(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return "home";
        }
        if (path.startsWith("/api/")) {
            return path.endsWith("/stream") ? "stream" : path.startsWith("/api/v1/search") ? "search" : "api";
        }
        if (path.startsWith("/feeds/")) {
            return "feed";
        }
        if (path.equals("/robots.txt") || path.equals("/sitemap.xml") || path.startsWith("/sitemaps/")) {
            return "sitemap";
        }
        if (path.startsWith("/media/")) {
            return "media";
        }
        if (path.startsWith("/assets/")) {
            return "asset";
        }
        if (!EDITION.matcher(path).matches()) {
            return "other";
        }
        String rest = path.length() <= 4 ? "" : path.substring(4);
        if (rest.isEmpty()) {
            return "home";
        }
        boolean list = rest.endsWith("/");
        String[] parts = (list ? rest.substring(0, rest.length() - 1) : rest).split("/", -1);
        if (list) {
            return TAXONOMY_LISTS.contains(parts[0]) ? "taxonomy" : "section";
        }
        if (parts.length == 1) {
            return parts[0].equals("search") ? "search" : "section";
        }
        return parts.length <= 3 ? "article" : "other";
    }
}
