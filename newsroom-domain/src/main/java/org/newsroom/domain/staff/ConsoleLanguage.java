package org.newsroom.domain.staff;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the console speaks to staff: the newsroom's own three. Kept apart from the reader site's
 * editions on purpose — which language a person works in is theirs, whatever edition they edit.
 */
public enum ConsoleLanguage {
    EN(Locale.ENGLISH, false),
    AR(Locale.forLanguageTag("ar"), true),
    ES(Locale.forLanguageTag("es"), false);

    private final Locale locale;
    private final boolean rightToLeft;

    ConsoleLanguage(Locale locale, boolean rightToLeft) {
        this.locale = locale;
        this.rightToLeft = rightToLeft;
    }

    /** The language tag: {@code en}, {@code ar}, {@code es}. */
    public String code() {
        return locale.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    /** The value of the HTML {@code dir} attribute. */
    public String direction() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public static Optional<ConsoleLanguage> fromCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code().equals(code)).findFirst();
    }

    /** The first of the browser's languages (most wanted first) the console speaks; English when none. */
    public static ConsoleLanguage firstSpoken(List<Locale> wanted) {
        return wanted.stream().map(locale -> fromCode(locale.getLanguage())).flatMap(Optional::stream).findFirst().orElse(EN);
    }
}
