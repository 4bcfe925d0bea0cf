package org.newsroom.web.article;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;
import org.newsroom.editorial.catalog.ArticleTeaser;
import org.newsroom.editorial.catalog.ArticleView;
import org.newsroom.web.site.Page;

/**
 * The stored body, sanitized once more on the way out (the database is not trusted to
 * hold only what the editor's sanitizer let through), with the inline "Read next" link
 * and the "Related news" box placed between its paragraphs.
 */
final class ArticleBody {

    /** What an article body may contain: text structure, quotes, lists, links and pictures, nothing active. */
    static final Safelist BODY = Safelist.relaxed().removeTags("div", "span").addAttributes("a", "rel");

    private ArticleBody() {
    }

    static String render(ArticleView article, List<ArticleTeaser> readNext, Page page) {
        String clean = Jsoup.clean(article.body() == null ? "" : article.body(), BODY);
        Document doc = Jsoup.parseBodyFragment(clean);
        doc.outputSettings().prettyPrint(false);
        List<Element> paragraphs = doc.body().children().stream().filter(e -> e.nameIs("p")).toList();
        if (!readNext.isEmpty()) {
            ArticleTeaser next = readNext.get(0);
            Element inline = new Element("p").addClass("read-next-inline");
            inline.appendElement("strong").text(page.text("article.readNextInline") + ": ");
            inline.appendElement("a").attr("href", "/" + page.edition().code() + "/" + next.sectionPath() + "/" + next.slug())
                    .text(next.headline());
            place(doc, paragraphs, 1, inline);
        }
        if (!article.related().isEmpty()) {
            Element box = new Element("aside").addClass("related").attr("aria-labelledby", "related-title");
            box.appendElement("h2").attr("id", "related-title").text(page.text("article.related"));
            Element list = box.appendElement("ul");
            for (ArticleTeaser related : article.related()) {
                list.appendElement("li").appendElement("a")
                        .attr("href", "/" + page.edition().code() + "/" + related.sectionPath() + "/" + related.slug())
                        .text(related.headline());
            }
            place(doc, paragraphs, 3, box);
        }
        return doc.body().html();
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
