package org.newsroom.editorial.breaking;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * The desk types entries as plain text (blank lines between paragraphs); readers get
 * HTML paragraphs. These convert between the two, escaping whatever was typed.
 */
public final class LiveEntryText {

    private LiveEntryText() {
    }

    /** Paragraphs for blank-line-separated text, line breaks for single newlines; everything typed is escaped. */
    public static String toHtml(String plain) {
        if (plain == null || plain.isBlank()) {
            return "";
        }
        return Arrays.stream(plain.replace("\r\n", "\n").strip().split("\n\\s*\n"))
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty())
                .map(paragraph -> "<p>" + Entities.escape(paragraph).replace("\n", "<br>") + "</p>")
                .collect(Collectors.joining());
    }

    /** The text of stored HTML, paragraphs separated by a blank line (for editing it again). */
    public static String toPlain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings(new Document.OutputSettings().prettyPrint(false));
        // wholeText() turns <br> into a newline itself; blocks need the blank line added.
        document.select("p, li, h2, h3, h4, blockquote, figure").after("\n\n");
        return document.body().wholeText().replaceAll("[ \\t]*\n[ \\t]*", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
