package org.newsroom.editorial.configuration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Logs the effective configuration once per start: the settings as resolved, then the
 * database the pool really connected to (URL, user, driver), which is what counts
 * when an expression in the datasource resolved differently than expected.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConfigurationReport {

    private static final Logger LOG = Logger.getLogger(ConfigurationReport.class.getName());

    @Resource(lookup = "java:jboss/datasources/NewsroomDS")
    DataSource dataSource;

    @PostConstruct
    void logOnce() {
        LOG.info(EffectiveConfiguration.describe(EffectiveConfiguration.running()));
        LOG.info(connectedDatabase());
    }

    private String connectedDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return "Newsroom database in use: url=" + EffectiveConfiguration.withoutPasswords(meta.getURL())
                    + " user=" + meta.getUserName()
                    + " driver=" + meta.getDriverName() + " " + meta.getDriverVersion()
                    + " server=" + meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            // SchemaMigration refuses the start with the cause; this line only records that it was not reachable.
            return "Newsroom database in use: not reachable at start";
        }
    }
}
