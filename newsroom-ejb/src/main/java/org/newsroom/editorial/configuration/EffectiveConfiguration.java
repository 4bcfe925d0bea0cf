package org.newsroom.editorial.configuration;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The settings as this node resolves them, for a person: the line logged at deploy and the table
 * {@code ops/newsroom config} prints, every {@link Setting} in declaration order, secrets as
 * set/not set and passwords inside URLs as ***. Kept free of the container, so the no-secrets rule
 * is tested without a server and ops/newsroom can use it on a stopped one.
 */
public final class EffectiveConfiguration {

    // user:password@host in URLs and password=… parameters of JDBC URLs (PostgreSQL accepts both).
    private static final Pattern URL_CREDENTIALS = Pattern.compile("(//[^/:@?;]+):[^@/?;]*@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)((?:password|pwd|sslpassword)=)[^&;]*");

    private EffectiveConfiguration() {
    }

    /** What this running node resolves, through MicroProfile Config. */
    public static Function<Setting, Resolved> running() {
        return MicroProfileValues::resolved;
    }

    /**
     * What a node would resolve from these system properties and this environment, by MicroProfile
     * Config's rules: the property wins; the environment is asked for the property's name as is,
     * with every other character an underscore, and that in capitals.
     */
    public static Function<Setting, Resolved> from(Map<String, String> systemProperties, Map<String, String> environment,
                                                   String propertiesLabel, String environmentLabel) {
        return setting -> {
            String property = systemProperties.get(setting.property());
            if (property != null && !property.isEmpty()) {
                return new Resolved(property, "system property " + setting.property() + propertiesLabel);
            }
            String underscored = setting.property().replaceAll("[^A-Za-z0-9]", "_");
            for (String name : List.of(setting.property(), underscored, setting.variable())) {
                String value = environment.get(name);
                if (value != null && !value.isEmpty()) {
                    return new Resolved(value, "environment " + name + environmentLabel);
                }
            }
            return new Resolved(null, "default");
        };
    }

    /** One line, {@code NAME=value} pairs in declaration order, secrets shown as set/not set. */
    public static String describe(Function<Setting, Resolved> resolver) {
        StringBuilder line = new StringBuilder("Newsroom effective configuration:");
        for (Setting setting : Setting.values()) {
            line.append(' ').append(setting.variable()).append('=').append(shown(setting, resolver.apply(setting)));
        }
        return line.toString();
    }

    /**
     * One line per setting, in declaration order, for a person at a terminal ({@code ops/newsroom config}):
     * the name, the value as the log would show it (secrets as set/not set) and where it came from.
     */
    public static List<String> table(Function<Setting, Resolved> resolver) {
        int width = Arrays.stream(Setting.values()).mapToInt(s -> s.variable().length()).max().orElse(0);
        return Arrays.stream(Setting.values())
                .map(s -> {
                    Resolved resolved = resolver.apply(s);
                    return String.format("%-" + width + "s  %s  (%s)", s.variable(), shown(s, resolved), resolved.origin());
                })
                .toList();
    }

    /**
     * {@code ops/newsroom config} of a stopped server: the table as the server would resolve it from
     * the system properties of its configuration file and the environment of the shell that runs the
     * tool. Only JDK types cross, so the tool calls it by reflection from the deployed EAR.
     */
    public static List<String> stoppedServerTable(Map<String, String> systemProperties, String configurationFile,
                                                  Map<String, String> environment) {
        return table(from(systemProperties, environment, " in " + configurationFile, " of this shell"));
    }

    /** How the value may appear in a log: secrets never do, passwords inside URLs neither. */
    static String shown(Setting setting, Resolved resolved) {
        String value = resolved.value();
        if (setting.kind() == Setting.Kind.SECRET) {
            return value == null || value.isBlank() ? "not set" : "set";
        }
        if (value == null) {
            return setting.defaultText() == null || setting.defaultText().isEmpty() ? "(none)" : setting.defaultText();
        }
        return withoutPasswords(value);
    }

    /** A value with any password embedded in it (a JDBC URL may carry one) replaced by ***. */
    static String withoutPasswords(String value) {
        String masked = URL_CREDENTIALS.matcher(value).replaceAll("$1:***@");
        return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1***");
    }
}
