package org.newsroom.domain.edition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A language edition of the site. Its {@link #code()} is the first segment of every reader URL. */
public enum Edition {
    EN("en", Locale.forLanguageTag("en-GB"), false),
    AR("ar", Locale.forLanguageTag("ar"), true),
    ES("es", Locale.forLanguageTag("es-ES"), false);

    /** The edition readers land on at {@code /}. */
    public static final Edition DEFAULT = EN;

    private final String code;
    private final Locale locale;
    private final boolean rightToLeft;

    Edition(String code, Locale locale, boolean rightToLeft) {
        this.code = code;
        this.locale = locale;
        this.rightToLeft = rightToLeft;
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

    /** The value of the HTML {@code dir} attribute. */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    /** The edition for a URL segment such as {@code "ar"}, if there is one. */
    public static Optional<Edition> fromCode(String code) {
        return Arrays.stream(values()).filter(e -> e.code.equals(code)).findFirst();
    }
}
