package org.newsroom.editorial.configuration;

import java.util.function.Function;

/**
 * One Newsroom setting as the platform reads it: the system property wins over the
 * environment variable, which wins over the default. Secrets resolve like any other
 * setting but are only ever shown as set or not set.
 */
public record Setting(String property, String variable, String defaultValue, boolean secret) {

    static Setting plain(String property, String variable, String defaultValue) {
        return new Setting(property, variable, defaultValue, false);
    }

    static Setting secret(String property, String variable) {
        return new Setting(property, variable, null, true);
    }

    /** The value in effect, or the default (which may be null). */
    String resolve(Function<String, String> systemProperties, Function<String, String> environment) {
        String value = property == null ? null : systemProperties.apply(property);
        if (value == null && variable != null) {
            value = environment.apply(variable);
        }
        return value == null ? defaultValue : value;
    }

    /**
     * A setting that must be a whole number from 1 to {@code max}: the property, else the
     * variable; anything else (missing, blank, not a number, out of range) is {@code fallback}.
     */
    public static long positive(Function<String, String> systemProperties, Function<String, String> environment,
                                String property, String variable, long fallback, long max) {
        String value = new Setting(property, variable, null, false).resolve(systemProperties, environment);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            return parsed > 0 && parsed <= max ? parsed : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A text setting: the property, else the variable, else {@code fallback}. */
    public static String text(Function<String, String> systemProperties, Function<String, String> environment,
                              String property, String variable, String fallback) {
        return new Setting(property, variable, fallback, false).resolve(systemProperties, environment);
    }

    /** How the value may appear in a log: secrets never do. */
    String shown(Function<String, String> systemProperties, Function<String, String> environment) {
        String value = resolve(systemProperties, environment);
        if (secret) {
            return value == null || value.isBlank() ? "not set" : "set";
        }
        return value == null ? "(none)" : EffectiveConfiguration.withoutPasswords(value);
    }

    /** Where the value in effect comes from: the system property, the environment variable, or the default. */
    String origin(Function<String, String> systemProperties, Function<String, String> environment) {
        if (property != null && systemProperties.apply(property) != null) {
            return "system property " + property;
        }
        if (variable != null && environment.apply(variable) != null) {
            return "environment " + variable;
        }
        return "default";
    }

    /** The name an operator would set: the variable when there is one. */
    String name() {
        return variable != null ? variable : property;
    }
}
