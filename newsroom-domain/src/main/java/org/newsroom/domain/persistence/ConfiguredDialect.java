package org.newsroom.domain.persistence;

import java.util.Locale;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * Picks the dialect from the configured driver name ({@code newsroom.db.driver}:
 * {@code h2} or {@code postgresql}), which persistence.xml passes as the database
 * product name. Any other name falls through to Hibernate's own resolution.
 */
public class ConfiguredDialect implements DialectResolver {

    private static final long serialVersionUID = 1L;

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        String name = info.getDatabaseName() == null ? "" : info.getDatabaseName().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "h2" -> new H2Dialect();
            case "postgresql" -> new PostgreSQLDialect();
            default -> null;
        };
    }
}
