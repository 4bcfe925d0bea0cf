package org.newsroom.editorial.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * Runs the Flyway migrations at deploy, then validates the Hibernate mappings
 * against the migrated schema. Every other startup bean depends on this one.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/NewsroomDS")
    DataSource dataSource;

    @PersistenceUnit(unitName = "newsroom")
    EntityManagerFactory entityManagerFactory;

    @PostConstruct
    void migrateAndValidate() {
        String database = describeDatabase();
        MigrateResult result;
        try {
            result = Flyway.configure(SchemaMigration.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new StartupRefused("Newsroom cannot start: migrating the schema of " + database
                    + " failed (" + rootMessage(e) + "). Nothing was changed by the failed step; fix it and redeploy.");
        }
        LOG.info(() -> "Newsroom schema of " + database + " is at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
        try {
            entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        } catch (RuntimeException e) {
            throw new StartupRefused("Newsroom cannot start: the schema of " + database
                    + " does not match this version (" + rootMessage(e) + ")");
        }
    }

    private String describeDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new StartupRefused("Newsroom cannot start: the database is unreachable (" + rootMessage(e)
                    + "). Check NEWSROOM_DB_URL, NEWSROOM_DB_USER and NEWSROOM_DB_PASSWORD.");
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
