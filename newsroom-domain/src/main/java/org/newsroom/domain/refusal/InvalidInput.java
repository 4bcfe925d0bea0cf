package org.newsroom.domain.refusal;

import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The refusal of an input that breaks its Bean Validation constraints ({@link Reason#INPUT_INVALID}), with
 * each broken constraint said as a refusal of its own, so the console says it in its language.
 *
 * <p>A constraint names its sentence by a message template {@code "{org.newsroom.domain.refusal.Reason.NAME}"}
 * ({@link #TEMPLATE_PREFIX}); a {@code max} the constraint has (a {@code @Size}) is the sentence's {@code {0}}, and
 * its {@code min}, when it has one above zero, the sentence's {@code {1}}. A constraint with any other message (the
 * validator's own, such as "must not be blank") is said by its interpolated message as it is, in the server's
 * language; {@code ConstraintMessagesTest} keeps such messages off every input a service validates.
 */
public final class InvalidInput {

    /** How a constraint's message template names a {@link Reason}: this, the constant's name, and a brace. */
    public static final String TEMPLATE_PREFIX = "{" + Reason.class.getName() + ".";

    private InvalidInput() {
    }

    /** The refusal of these violations, each said as itself. */
    public static Refusal of(Collection<? extends ConstraintViolation<?>> violations) {
        return of(violations, (violation, sentence) -> sentence);
    }

    /**
     * The refusal of these violations, each said through {@code framed} (which may put the name of the property
     * around its sentence, say); in the order of their English sentences.
     */
    public static Refusal of(Collection<? extends ConstraintViolation<?>> violations,
                             BiFunction<ConstraintViolation<?>, Object, Object> framed) {
        List<Object> each = violations.stream()
                .map(violation -> framed.apply(violation, sentenceOf(violation)))
                .sorted(Comparator.comparing(Refusal.Each::english))
                .toList();
        return Refusal.of(Reason.INPUT_INVALID, new Refusal.Each(each));
    }

    /** The sentence of one broken constraint: a refusal, or the validator's own message as a string. */
    public static Object sentenceOf(ConstraintViolation<?> violation) {
        Reason reason = reasonNamedBy(violation.getMessageTemplate());
        if (reason == null) {
            return violation.getMessage();
        }
        Map<String, Object> attributes = violation.getConstraintDescriptor() == null
                ? Map.of() : violation.getConstraintDescriptor().getAttributes();
        Object max = attributes.get("max");
        Object min = attributes.get("min");
        if (max == null) {
            return Refusal.of(reason);
        }
        return min instanceof Number least && least.longValue() > 0 ? Refusal.of(reason, max, min) : Refusal.of(reason, max);
    }

    /** The reason a message template names, or null when it names none. */
    public static Reason reasonNamedBy(String template) {
        if (template == null || !template.startsWith(TEMPLATE_PREFIX) || !template.endsWith("}")) {
            return null;
        }
        String name = template.substring(TEMPLATE_PREFIX.length(), template.length() - 1);
        for (Reason reason : Reason.values()) {
            if (reason.name().equals(name)) {
                return reason;
            }
        }
        return null;
    }
}
