package org.newsroom.domain.refusal;

import java.io.Serializable;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One refusal: why ({@link Reason}, the key of its sentence in the {@code refusals} bundles) and the values
 * its sentence names. Said in a language with {@link #in}; {@link #english} is the sentence the staff API,
 * the logs and the exceptions' {@code getMessage()} carry.
 *
 * <p>Arguments are shown as they are, with three exceptions: an enum constant of the workflow (a status, a
 * role, a kind, an action) and a {@link Word} are words of the bundle, said in the same language; a number
 * in a plain {@code {n}} is written without grouping (an id or a limit, as the code wrote it), while a
 * number in a {@code choice} keeps its value so the sentence can agree with it. A refusal given as an argument
 * (or several, as {@link Each}) is said in the same language as the sentence around it.
 */
public record Refusal(Reason reason, List<Object> arguments) implements Serializable {

    /** The bundles' base name; the base file is the English one. */
    public static final String BUNDLE = "org.newsroom.domain.refusal.refusals";

    /**
     * Only the named language or the English base: never the JVM's default locale, which would give a
     * Spanish sentence for English on a server set to Spanish.
     */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Refusal {
        if (reason == null) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
        arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
    }

    public static Refusal of(Reason reason, Object... arguments) {
        return new Refusal(reason, Arrays.asList(arguments));
    }

    /** The sentence in English, as the staff API and the logs show it. */
    public String english() {
        return in(Locale.ROOT);
    }

    /** The sentence in this language, or in English when the newsroom does not speak it. */
    public String in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
        MessageFormat format = new MessageFormat(bundle.getString(reason.name()), locale);
        Format[] byArgument = format.getFormatsByArgumentIndex();
        Object[] values = arguments.toArray();
        for (int i = 0; i < values.length; i++) {
            boolean plain = i >= byArgument.length || byArgument[i] == null;
            values[i] = shown(values[i], plain, bundle, locale);
        }
        return format.format(values);
    }

    private static Object shown(Object value, boolean plain, ResourceBundle bundle, Locale locale) {
        if (value instanceof Refusal inner) {
            return inner.in(locale);
        }
        if (value instanceof Each each) {
            return each.in(locale);
        }
        if (value instanceof Enum<?> constant) {
            return bundle.getString(Word.of(constant).key());
        }
        if (value instanceof Word word) {
            return bundle.getString(word.key());
        }
        if (value instanceof Number number && plain) {
            return String.valueOf(number);
        }
        return value == null ? "" : value;
    }

    /**
     * A word of the workflow in the refusal bundles: {@code word.<Type>.<NAME>} for an enum constant, or
     * {@code word.<Type>.<form>.<NAME>} for another form of it (the plural of a role, say).
     */
    public record Word(String key) implements Serializable {

        public static Word of(Enum<?> constant) {
            return new Word("word." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
        }

        public static Word of(Enum<?> constant, String form) {
            return new Word("word." + constant.getDeclaringClass().getSimpleName() + "." + form + "." + constant.name());
        }
    }

    /**
     * Several sentences said one after the other, separated by {@code "; "}: the broken constraints of one
     * input, in the order given. A part that is a refusal is said in the language asked for, any other part
     * as it is.
     */
    public record Each(List<Object> parts) implements Serializable {

        public Each {
            parts = List.copyOf(parts);
        }

        public String in(Locale locale) {
            StringBuilder said = new StringBuilder();
            for (Object part : parts) {
                said.append(said.isEmpty() ? "" : "; ").append(part instanceof Refusal refusal ? refusal.in(locale) : part);
            }
            return said.toString();
        }

        /** A part in English, as the staff API says it. */
        public static String english(Object part) {
            return part instanceof Refusal refusal ? refusal.english() : String.valueOf(part);
        }
    }
}
