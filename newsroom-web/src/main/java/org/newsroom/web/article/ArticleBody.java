package org.newsroom.web.article;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.newsroom.editorial.catalog.ArticleTeaser;
import org.newsroom.editorial.catalog.ArticlePageParts;
import org.newsroom.editorial.catalog.PublishedStory;
import org.newsroom.editorial.catalog.MediaView;
import org.newsroom.editorial.bodyhtml.BodySanitizer;
import org.newsroom.web.site.Page;

/**
 * The stored body, sanitized once more on the way out (the database is not trusted to
 * hold only what the editor's sanitizer let through), with the inline "Read next" link
 * and the "Related news" box placed between its paragraphs.
 */
final class ArticleBody {

    /** The rendition a browser without srcset gets: the first at least this wide. */
    private static final int SHOWN_WIDTH = 800;

    /** What an article body may contain: text structure, quotes, lists, links and pictures, nothing active. */
    static final Safelist BODY = Safelist.relaxed().removeTags("div", "span").addAttributes("a", "rel")
            .removeProtocols("img", "src", "http", "https").preserveRelativeLinks(true);

    /** Relative links resolve against this and stay relative in the output. */
    private static final String BASE = "https://newsroom.invalid/";

    private ArticleBody() {
    }

    static String render(PublishedStory article, ArticlePageParts parts, List<ArticleTeaser> readNext, Page page) {
        // Parsed once and cleaned as a tree: no serialising and parsing again between the two.
        Document doc = new Cleaner(BODY).clean(Jsoup.parseBodyFragment(article.body() == null ? "" : article.body(), BASE));
        doc.outputSettings().prettyPrint(false);
        pictures(doc, parts);
        List<Element> paragraphs = doc.body().children().stream().filter(e -> e.nameIs("p")).toList();
        if (!readNext.isEmpty()) {
            ArticleTeaser next = readNext.get(0);
            Element inline = new Element("p").addClass("read-next-inline");
            inline.appendElement("strong").text(page.text("article.readNextInline") + ": ");
            inline.appendElement("a").attr("href", next.path())
                    .text(next.headline());
            place(doc, paragraphs, 1, inline);
        }
        if (!parts.related().isEmpty()) {
            Element box = new Element("aside").addClass("related").attr("aria-labelledby", "related-title");
            box.appendElement("h2").attr("id", "related-title").text(page.text("article.related"));
            Element list = box.appendElement("ul");
            for (ArticleTeaser related : parts.related()) {
                list.appendElement("li").appendElement("a")
                        .attr("href", related.path())
                        .text(related.headline());
            }
            place(doc, paragraphs, 3, box);
        }
        return doc.body().html();
    }

    /**
     * Body pictures come only from the media library and only while described: each gets the
     * library's alt text and a srcset of its renditions; one standing alone in its paragraph
     * becomes a figure with caption and credit. Any other image is dropped.
     */
    private static void pictures(Document doc, ArticlePageParts parts) {
        for (Element img : doc.select("img")) {
            Optional<MediaView> media = BodySanitizer.mediaAsset(img.attr("src")).flatMap(parts::bodyImage);
            if (media.isEmpty() || media.get().renditionWidths().isEmpty()) {
                img.remove();
                continue;
            }
            MediaView m = media.get();
            List<Integer> widths = m.renditionWidths();
            int shown = widths.stream().filter(w -> w >= SHOWN_WIDTH).findFirst().orElse(widths.get(widths.size() - 1));
            Element picture = new Element("img").attr("src", "/media/" + m.id() + "/" + shown)
                    .attr("srcset", widths.stream().map(w -> "/media/" + m.id() + "/" + w + " " + w + "w").collect(Collectors.joining(", ")))
                    .attr("sizes", "(max-width: 800px) 100vw, 800px")
                    .attr("width", Integer.toString(shown)).attr("height", Integer.toString(m.heightAt(shown)))
                    .attr("alt", m.altText()).attr("loading", "lazy");
            Element parent = img.parent();
            if (parent != null && parent.nameIs("p") && parent.childrenSize() == 1 && parent.ownText().isBlank()) {
                Element figure = new Element("figure").addClass("body-image");
                figure.appendChild(picture);
                Element caption = figure.appendElement("figcaption").text(m.caption() + " ");
                caption.appendElement("span").addClass("credit").text("(" + m.credit() + ")");
                parent.replaceWith(figure);
            } else {
                img.replaceWith(picture);
            }
        }
    }

    /** After the given paragraph, or at the end of a short body. */
    private static void place(Document doc, List<Element> paragraphs, int afterIndex, Element element) {
        if (paragraphs.size() > afterIndex) {
            paragraphs.get(afterIndex).after(element);
        } else {
            doc.body().appendChild(element);
        }
    }
}
