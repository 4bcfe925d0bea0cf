package org.newsroom.probes;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive as long as the deployment answers. Deliberately independent of the database
 * and the broker: a restart would not bring them back, so their loss makes the node
 * not ready (see the readiness checks) rather than dead.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    static final String NAME = "newsroom-application";

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long usedMegabytes = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        return HealthCheckResponse.named(NAME).up()
                .withData("heapUsedMiB", usedMegabytes)
                .withData("heapMaxMiB", runtime.maxMemory() / (1024 * 1024))
                .build();
    }
}
