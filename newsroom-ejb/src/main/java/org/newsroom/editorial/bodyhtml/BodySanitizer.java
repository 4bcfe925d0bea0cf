package org.newsroom.editorial.bodyhtml;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Cleans the rich text staff send (console editor, staff API) before it is stored, with
 * jsoup's allow-list: headings, paragraphs, lists, links, quotes and images stay; scripts,
 * event handlers, {@code style}, {@code javascript:} URLs and unknown tags go. Relative
 * links are kept as written. Images stay only when they come from our media library
 * ({@code /media/{id}/{width}}): a picture from elsewhere could track readers or change
 * under us; with {@link BodyImages} they also must be described and carry the library's alt text.
 */
public final class BodySanitizer {

    private static final Safelist BODY = new Safelist()
            .addTags("h2", "h3", "h4", "h5", "h6", "p", "br", "ul", "ol", "li", "blockquote", "strong", "em", "b", "i",
                    "u", "s", "a", "img", "figure", "figcaption", "cite", "q", "sub", "sup")
            .addAttributes("a", "href", "title")
            .addAttributes("blockquote", "cite")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addProtocols("a", "href", "http", "https", "mailto", "#")
            .addEnforcedAttribute("a", "rel", "noopener")
            .preserveRelativeLinks(true);

    /** The media library's address, as the reader site serves it. */
    private static final Pattern MEDIA_ADDRESS = Pattern.compile("^/media/([0-9]{1,18})/([0-9]{1,4})$");

    /** Anything resolves against this; with relative links preserved it never appears in the output. */
    private static final String BASE = "https://newsroom.invalid/";

    private BodySanitizer() {
    }

    /** The safe subset of {@code html}, images limited to media-library addresses; null stays null. */
    public static String clean(String html) {
        return clean(html, null);
    }

    /**
     * As {@link #clean(String)}, and each library image must be one {@code images} knows
     * and describes; its alt text is then the library's, whatever the sender wrote.
     */
    public static String clean(String html, BodyImages images) {
        if (html == null) {
            return null;
        }
        Document.OutputSettings compact = new Document.OutputSettings().prettyPrint(false);
        String cleaned = Jsoup.clean(html, BASE, BODY, compact);
        Document doc = Jsoup.parseBodyFragment(cleaned);
        doc.outputSettings(compact);
        boolean changed = false;
        for (Element img : doc.select("img")) {
            Optional<Long> asset = mediaAsset(img.attr("src"));
            Optional<String> alt = asset.isEmpty() ? Optional.empty()
                    : images == null ? Optional.of(img.attr("alt")) : images.altTextFor(asset.get());
            if (alt.isEmpty()) {
                img.remove();
            } else {
                img.attr("src", img.attr("src").strip()).attr("alt", alt.get());
            }
            changed = true;
        }
        return changed ? doc.body().html() : cleaned;
    }

    /** The media-library asset an image address points at, if it is one. */
    public static Optional<Long> mediaAsset(String src) {
        if (src == null) {
            return Optional.empty();
        }
        Matcher matcher = MEDIA_ADDRESS.matcher(src.strip());
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }
}
