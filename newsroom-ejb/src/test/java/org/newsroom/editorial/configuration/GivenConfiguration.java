package org.newsroom.editorial.configuration;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;

/**
 * For tests without a server: SmallRye Config (the MicroProfile Config WildFly runs) over given
 * system properties and environment, with the ordinals of the real ones (400 and 300), so its own
 * rules decide which value wins and how a variable maps to a property.
 */
public final class GivenConfiguration {

    private GivenConfiguration() {
    }

    /** Property name → the value MicroProfile Config resolves, as {@link Setting}'s reads take it. */
    public static Function<String, String> values(Map<String, String> systemProperties, Map<String, String> environment) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(systemProperties, "SysPropConfigSource", 400),
                        new EnvConfigSource(environment, 300), deploymentProperties())
                .build();
        return property -> config.getConfigValue(property).getValue();
    }

    /** The EJB jar's own META-INF/microprofile-config.properties, which the deployment's Config reads too. */
    private static PropertiesConfigSource deploymentProperties() {
        try {
            return new PropertiesConfigSource(GivenConfiguration.class.getResource("/META-INF/microprofile-config.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
