package org.newsroom.domain.article;

import java.util.regex.Pattern;

/**
 * How long a story takes to read, from its word count. 220 words a minute is the
 * usual figure for news prose on screen; a story never shows "0 min read".
 */
public record ReadingTime(int words, int minutes) {

    public static final int WORDS_PER_MINUTE = 220;
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&[#a-zA-Z0-9]+;");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public static ReadingTime ofWords(int words) {
        if (words < 0) {
            throw new IllegalArgumentException("words must not be negative");
        }
        int minutes = Math.max(1, (int) Math.ceil(words / (double) WORDS_PER_MINUTE));
        return new ReadingTime(words, minutes);
    }

    /** Counts the words of rich-text HTML: the text between tags, split on white space. */
    public static ReadingTime ofHtml(String html) {
        return ofWords(countWords(html));
    }

    public static int countWords(String html) {
        if (html == null || html.isBlank()) {
            return 0;
        }
        String text = ENTITY.matcher(TAG.matcher(html).replaceAll(" ")).replaceAll(" ").strip();
        return text.isEmpty() ? 0 : WHITESPACE.split(text).length;
    }
}
