package org.newsroom.probes;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while a pooled connection to the database answers: without it no page
 * can be rendered, so the node should leave the load balancer, not be restarted.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "newsroom-database";
    /** Seconds the driver may take to answer before the database counts as down. */
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/NewsroomDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
            // The product name tells an operator which database answered; the URL may carry credentials, so it is not shown.
            return HealthCheckResponse.named(NAME)
                    .status(valid)
                    .withData("database", connection.getMetaData().getDatabaseProductName())
                    .build();
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named(NAME).down()
                    .withData("error", oneLine(e))
                    .build();
        }
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
