package org.newsroom.domain.article;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.newsroom.domain.edition.Edition;

/**
 * How long a story takes to read, from its word count and the reading rate of its edition's
 * language ({@link Edition#wordsPerMinute()}); a story never shows "0 min read".
 */
public record ReadingTime(int words, int minutes) {

    /** White space as readers see it, the no-break space of {@code &nbsp;} included. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

    public static ReadingTime of(int words, Edition edition) {
        if (words < 0) {
            throw new IllegalArgumentException("words must not be negative");
        }
        int minutes = Math.max(1, (int) Math.ceil(words / (double) edition.wordsPerMinute()));
        return new ReadingTime(words, minutes);
    }

    /** Counts the words of rich-text HTML as a reader sees its text: entities decoded, tags ignored. */
    public static int countWords(String html) {
        if (html == null || html.isBlank()) {
            return 0;
        }
        String text = Jsoup.parseBodyFragment(html).body().text().strip();
        return text.isEmpty() ? 0 : SPACE.split(text).length;
    }
}
