package org.newsroom.domain.article;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The URL segment that names a story, a section or a tag: lower case letters and
 * digits of any script, joined by hyphens. Latin accents are dropped ("Económica" →
 * "economica"); Arabic letters are kept as they are, hamza and madda included (أ إ آ ؤ ئ
 * are letters of their own: "مسؤول" is not "مسوول"), while the short-vowel signs (harakat,
 * superscript alef) and the tatweel, which only stretch or voice a word, go.
 */
public final class Slug implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_LENGTH = 80;
    /**
     * Marks to drop after canonical decomposition: every combining mark but Arabic madda and
     * hamza above and below (U+0653–U+0655), which recompose with their letter; and the tatweel.
     */
    private static final Pattern DROPPED_MARKS = Pattern.compile("[\\p{M}&&[^\\u0653-\\u0655]]+|\\u0640+");
    /** A kept mark with no letter before it (after punctuation, say) has nothing to sit on. */
    private static final Pattern STRAY_MARKS = Pattern.compile("(?<![\\p{L}\\p{M}])\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{M}\\p{Nd}]+");
    private static final Pattern VALID = Pattern.compile("[\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}]*(-[\\p{L}\\p{Nd}][\\p{L}\\p{M}\\p{Nd}]*)*");

    private final String value;

    private Slug(String value) {
        this.value = value;
    }

    /** Makes a slug from a headline or a name. */
    public static Slug from(String text) {
        Objects.requireNonNull(text, "text");
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = STRAY_MARKS.matcher(DROPPED_MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
        String hyphenated = NOT_LETTER_OR_DIGIT.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        String trimmed = trimHyphens(hyphenated);
        if (trimmed.length() > MAX_LENGTH) {
            trimmed = trimHyphens(cutAtWord(trimmed));
        }
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("A slug needs at least one letter or digit: \"" + text + "\"");
        }
        return new Slug(Normalizer.normalize(trimmed, Normalizer.Form.NFC));
    }

    /** Accepts a slug typed by an editor or read from a URL, refusing anything that is not one. */
    public static Slug of(String value) {
        if (value == null || value.length() > MAX_LENGTH || !VALID.matcher(value).matches()
                || !value.equals(value.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Not a valid slug: use lower-case letters, digits and single hyphens, at most "
                    + MAX_LENGTH + " characters");
        }
        return new Slug(value);
    }

    public static boolean isValid(String value) {
        try {
            of(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String cutAtWord(String text) {
        String cut = text.substring(0, MAX_LENGTH);
        int lastHyphen = cut.lastIndexOf('-');
        return lastHyphen > MAX_LENGTH / 2 ? cut.substring(0, lastHyphen) : cut;
    }

    private static String trimHyphens(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == '-') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == '-') {
            end--;
        }
        return text.substring(start, end);
    }

    public String value() {
        return value;
    }

    /** This slug with a numeric suffix, for when the plain one is taken ("budget-vote-2"). */
    public Slug withSuffix(int n) {
        String suffix = "-" + n;
        String base = value.length() + suffix.length() > MAX_LENGTH
                ? trimHyphens(value.substring(0, MAX_LENGTH - suffix.length())) : value;
        return new Slug(base + suffix);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Slug slug && slug.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
