package org.newsroom.web.metadata;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.PublishedStory;
import org.newsroom.editorial.catalog.Translation;
import org.newsroom.web.address.PublicAddress;

/**
 * The head tags of one page: {@code <title>}, description, canonical, hreflang
 * alternates, Open Graph, Twitter card and feed links. {@link #headTags()} returns
 * finished HTML in which every value has been escaped by jsoup.
 */
public record PageMetadata(
        Edition edition,
        String title,
        String description,
        String canonicalUrl,
        List<Alternate> alternates,
        String ogType,
        String imageUrl,
        String imageAlt,
        List<Feed> feeds) {

    /** Another language version of the page. */
    public record Alternate(String hreflang, String url) {
    }

    /** A feed readers can subscribe to from this page. */
    public record Feed(String title, String type, String url) {
    }

    private static final int DESCRIPTION_CHARS = 160;

    /** An article page; its alternates are the story's published translations. */
    public static PageMetadata forStory(PublishedStory story, PublicAddress address) {
        List<Alternate> alternates = new ArrayList<>();
        if (!story.translations().isEmpty()) {
            alternates.add(new Alternate(story.edition().locale().toLanguageTag(), address.absolute(story.path())));
            for (Translation t : story.translations()) {
                alternates.add(new Alternate(t.edition().locale().toLanguageTag(), address.absolute(t.path())));
            }
        }
        String section = story.section().slug();
        return new PageMetadata(story.edition(), story.headline() + " · " + SiteIdentity.name(story.edition()),
                shorten(story.summary()), address.absolute(story.path()), alternates, "article",
                story.leadImage() == null ? null : address.absolute(story.leadImage().path()),
                story.leadImage() == null ? null : story.leadImage().altText(),
                List.of(new Feed(story.section().name(), "application/rss+xml",
                        address.absolute("/feeds/" + story.edition().code() + "/section/" + section + "/feed.rss"))));
    }

    /** An edition's home page, with its alternates in the other editions and the edition's feeds. */
    public static PageMetadata forHome(Edition edition, String description, PublicAddress address) {
        List<Alternate> alternates = new ArrayList<>();
        for (Edition other : Edition.values()) {
            alternates.add(new Alternate(other.locale().toLanguageTag(), address.absolute("/" + other.code() + "/")));
        }
        alternates.add(new Alternate("x-default", address.absolute("/" + Edition.DEFAULT.code() + "/")));
        return new PageMetadata(edition, SiteIdentity.name(edition), shorten(description),
                address.absolute("/" + edition.code() + "/"), alternates, "website", null, null, List.of(
                        new Feed(SiteIdentity.name(edition), "application/rss+xml",
                                address.absolute("/feeds/" + edition.code() + "/feed.rss")),
                        new Feed(SiteIdentity.name(edition), "application/atom+xml",
                                address.absolute("/feeds/" + edition.code() + "/feed.atom"))));
    }

    /**
     * A listing page (section, tag, author, region, coverage): {@code feedScope} is
     * {@code section}, {@code tag} or {@code author} when the page has a feed, else null.
     */
    public static PageMetadata forListing(Edition edition, String name, String description, String path,
            String feedScope, String slug, PublicAddress address) {
        List<Feed> feeds = feedScope == null ? List.of() : List.of(
                new Feed(name, "application/rss+xml", address.absolute("/feeds/" + edition.code() + "/" + feedScope + "/"
                        + slug + "/feed.rss")),
                new Feed(name, "application/atom+xml", address.absolute("/feeds/" + edition.code() + "/" + feedScope + "/"
                        + slug + "/feed.atom")));
        return new PageMetadata(edition, name + " · " + SiteIdentity.name(edition), shorten(description),
                address.absolute(path), List.of(), "website", null, null, feeds);
    }

    /** The tags for {@code <head>}, one per line, every value escaped. */
    public String headTags() {
        List<Element> tags = new ArrayList<>();
        tags.add(new Element("title").text(title));
        if (description != null && !description.isEmpty()) {
            tags.add(meta("name", "description", description));
        }
        tags.add(new Element("link").attr("rel", "canonical").attr("href", canonicalUrl));
        for (Alternate a : alternates) {
            tags.add(new Element("link").attr("rel", "alternate").attr("hreflang", a.hreflang()).attr("href", a.url()));
        }
        for (Feed f : feeds) {
            tags.add(new Element("link").attr("rel", "alternate").attr("type", f.type()).attr("title", f.title())
                    .attr("href", f.url()));
        }
        tags.add(meta("property", "og:type", ogType));
        tags.add(meta("property", "og:title", title));
        tags.add(meta("property", "og:url", canonicalUrl));
        tags.add(meta("property", "og:site_name", SiteIdentity.name(edition)));
        tags.add(meta("property", "og:locale", edition.locale().toString()));
        if (description != null && !description.isEmpty()) {
            tags.add(meta("property", "og:description", description));
        }
        tags.add(meta("name", "twitter:card", imageUrl == null ? "summary" : "summary_large_image"));
        tags.add(meta("name", "twitter:title", title));
        if (imageUrl != null) {
            tags.add(meta("property", "og:image", imageUrl));
            tags.add(meta("name", "twitter:image", imageUrl));
            if (imageAlt != null) {
                tags.add(meta("property", "og:image:alt", imageAlt));
                tags.add(meta("name", "twitter:image:alt", imageAlt));
            }
        }
        StringBuilder html = new StringBuilder();
        for (Element tag : tags) {
            html.append(tag.outerHtml()).append('\n');
        }
        return html.toString();
    }

    private static Element meta(String attribute, String key, String content) {
        return new Element("meta").attr(attribute, key).attr("content", content);
    }

    private static String shorten(String text) {
        if (text == null) {
            return null;
        }
        String plain = Jsoup.parse(text).text();
        if (plain.length() <= DESCRIPTION_CHARS) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', DESCRIPTION_CHARS - 1);
        return plain.substring(0, cut > 0 ? cut : DESCRIPTION_CHARS - 1) + "…";
    }
}
