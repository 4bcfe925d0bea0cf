package org.newsroom.editorial.workflow;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans the rich text staff send (console editor, staff API) before it is stored, with
 * jsoup's allow-list: headings, paragraphs, lists, links, quotes and images stay; scripts,
 * event handlers, {@code style}, {@code javascript:} URLs and unknown tags go. Relative
 * links and image paths (the media library's {@code /media/...}) are kept as written.
 */
public final class BodySanitizer {

    private static final Safelist BODY = new Safelist()
            .addTags("h2", "h3", "h4", "h5", "h6", "p", "br", "ul", "ol", "li", "blockquote", "strong", "em", "b", "i",
                    "u", "s", "a", "img", "figure", "figcaption", "cite", "q", "sub", "sup")
            .addAttributes("a", "href", "title")
            .addAttributes("blockquote", "cite")
            .addAttributes("img", "src", "alt", "title", "width", "height")
            .addProtocols("a", "href", "http", "https", "mailto", "#")
            .addProtocols("img", "src", "http", "https")
            .addEnforcedAttribute("a", "rel", "noopener")
            .preserveRelativeLinks(true);

    /** Anything resolves against this; with relative links preserved it never appears in the output. */
    private static final String BASE = "https://newsroom.invalid/";

    private BodySanitizer() {
    }

    /** The safe subset of {@code html}; null stays null. */
    public static String clean(String html) {
        if (html == null) {
            return null;
        }
        Document.OutputSettings compact = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, BASE, BODY, compact);
    }
}
