package org.newsroom.domain.edition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A language edition of the site. Its {@link #code()} is the first segment of every reader URL. */
public enum Edition {
    // Silent reading rates of adults, words a minute, from the International Reading Speed Texts
    // study (Trauzettel-Klosinski and Dietz, 2012): Arabic words carry more per word, so fewer a minute.
    EN("en", Locale.forLanguageTag("en-GB"), false, 228),
    AR("ar", Locale.forLanguageTag("ar"), true, 138),
    ES("es", Locale.forLanguageTag("es-ES"), false, 218);

    /** The edition readers land on at {@code /}. */
    public static final Edition DEFAULT = EN;

    private final String code;
    private final Locale locale;
    private final boolean rightToLeft;
    private final int wordsPerMinute;

    Edition(String code, Locale locale, boolean rightToLeft, int wordsPerMinute) {
        this.code = code;
        this.locale = locale;
        this.rightToLeft = rightToLeft;
        this.wordsPerMinute = wordsPerMinute;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    /**
     * The reader path of a story: {@code /en/news/politics/slug}. The one place that builds it;
     * {@code sectionPath} is the section's path below the edition ({@code news/politics} or {@code opinion}).
     */
    public String storyPath(String sectionPath, String slug) {
        return "/" + code + "/" + sectionPath + "/" + slug;
    }

    /** How many words a minute a reader of this edition's language reads, for {@link org.newsroom.domain.article.ReadingTime}. */
    public int wordsPerMinute() {
        return wordsPerMinute;
    }

    /** The value of the HTML {@code dir} attribute. */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /** The edition for a URL segment such as {@code "ar"}, if there is one. */
    public static Optional<Edition> fromCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }
}
