package org.newsroom.editorial.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.jsoup.nodes.Entities;

/**
 * Marks the words of a text that match a query, by running both through the same
 * analyzer the index uses: a vowelled Arabic word or an unaccented Spanish one is
 * marked where the index matched it. (WildFly's Lucene module lacks Lucene's
 * highlighter, so Hibernate Search's highlight projection cannot run there.)
 */
final class MatchMarker {

    private static final String FIELD = "text";
    private final Analyzer analyzer;
    private final Set<String> queryTerms;

    MatchMarker(Analyzer analyzer, String query) {
        this.analyzer = analyzer;
        this.queryTerms = new HashSet<>();
        tokens(query).forEach(t -> queryTerms.add(t.term()));
    }

    private record Token(String term, int start, int end) {
    }

    private List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Analyzing text in memory cannot fail", e);
        }
        return tokens;
    }

    /**
     * Escaped HTML of {@code text}, or of a window of about {@code maxChars} around the
     * first match, with matches in {@code <mark>}; null when nothing matches.
     */
    String mark(String text, int maxChars) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        List<Token> matches = tokens(text).stream().filter(t -> queryTerms.contains(t.term())).toList();
        if (matches.isEmpty()) {
            return null;
        }
        int start = 0;
        int end = text.length();
        if (end > maxChars) {
            start = Math.max(0, matches.get(0).start() - maxChars / 3);
            int space = text.lastIndexOf(' ', start);
            start = start == 0 || space < 0 ? start : space + 1;
            end = Math.min(text.length(), start + maxChars);
            int lastSpace = text.lastIndexOf(' ', end);
            end = end == text.length() || lastSpace <= start ? end : lastSpace;
        }
        StringBuilder html = new StringBuilder(start > 0 ? "…" : "");
        int at = start;
        for (Token match : matches) {
            if (match.start() < at || match.end() > end) {
                continue;
            }
            html.append(Entities.escape(text.substring(at, match.start())))
                    .append("<mark>").append(Entities.escape(text.substring(match.start(), match.end()))).append("</mark>");
            at = match.end();
        }
        html.append(Entities.escape(text.substring(at, end)));
        return end < text.length() ? html.append('…').toString() : html.toString();
    }

    /** The whole text escaped, for a hit whose field has no match. */
    static String plain(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        String cut = text.length() <= maxChars ? text : text.substring(0, maxChars) + "…";
        return Entities.escape(cut);
    }
}
