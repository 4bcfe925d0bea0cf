package org.newsroom.editorial.configuration;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;

/**
 * The one place that reads a setting: MicroProfile Config (SmallRye Config in WildFly) of the
 * deployment that holds {@link Setting}, whatever thread asks (an Undertow I/O thread answering
 * from the page cache has no deployment class loader of its own).
 */
final class MicroProfileValues {

    private MicroProfileValues() {
    }

    /** The configured value, or null when no source has one. */
    static String raw(String property) {
        return config().getConfigValue(property).getValue();
    }

    /** What the running node resolved, and from which source: for the log line and {@code ops/newsroom config}. */
    static Resolved resolved(Setting setting) {
        ConfigValue value = config().getConfigValue(setting.property());
        if (value.getValue() == null) {
            return new Resolved(null, "default");
        }
        String source = String.valueOf(value.getSourceName());
        String origin = source.startsWith("SysPropConfigSource") ? "system property " + setting.property()
                : source.startsWith("EnvConfigSource") ? "environment " + setting.variable()
                : "config source " + source;
        return new Resolved(value.getValue(), origin);
    }

    private static Config config() {
        return ConfigProvider.getConfig(Setting.class.getClassLoader());
    }
}
