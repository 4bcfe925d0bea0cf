package org.newsroom.web.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsroom.domain.edition.Edition;
import org.newsroom.web.address.PublicAddress;

/**
 * What the shared page layout adds to every page's head from the page's own path: the
 * feeds that match it ({@code <link rel="alternate">}) and, on an edition's home, the
 * publisher's JSON-LD. Kept here so the layout needs no knowledge of feed URLs.
 */
public final class PageLinks {

    /** A feed to announce: its MIME type and path. */
    public record FeedLink(String type, String href) {
    }

    private static final Set<String> FEED_SCOPES = Set.of("tag", "author");
    private static final Set<String> NO_FEED = Set.of("region", "coverage", "search", "about", "contact", "privacy", "authors");

    private PageLinks() {
    }

    /**
     * Feeds for a canonical list path: the edition's feeds everywhere, plus the tag's,
     * the author's or the section's on their own pages.
     */
    public static List<FeedLink> feedsFor(Edition edition, String canonicalPath) {
        List<FeedLink> feeds = new ArrayList<>();
        String base = "/feeds/" + edition.code() + "/";
        feeds.add(new FeedLink("application/rss+xml", base + "feed.rss"));
        feeds.add(new FeedLink("application/atom+xml", base + "feed.atom"));
        if (canonicalPath == null || !canonicalPath.endsWith("/")) {
            return feeds;
        }
        String[] parts = canonicalPath.substring(1, canonicalPath.length() - 1).split("/");
        if (parts.length < 2 || NO_FEED.contains(parts[1])) {
            return feeds;
        }
        String scope = FEED_SCOPES.contains(parts[1]) && parts.length == 3 ? parts[1] : "section";
        String slug = parts[parts.length - 1];
        feeds.add(new FeedLink("application/rss+xml", base + scope + "/" + slug + "/feed.rss"));
        feeds.add(new FeedLink("application/atom+xml", base + scope + "/" + slug + "/feed.atom"));
        return feeds;
    }

    /** The publisher's JSON-LD script element for an edition's home page. */
    public static String organizationScript(Edition edition, PublicAddress address) {
        return StructuredData.scriptTag(StructuredData.organization(edition, address));
    }
}
