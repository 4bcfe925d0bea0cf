package org.newsroom.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.Management;

/** The probes a load balancer and Prometheus use, on the management interface, without credentials. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    /** The EAR alone: its health checks live in its lib/newsroom-probes.jar, where WildFly finds them. */
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void readyWhenDatabaseAndBrokerAnswer() throws Exception {
        HttpResponse<String> response = Management.get("/health/ready");
        assertEquals(200, response.statusCode(), response.body());
        assertCheck(response.body(), "newsroom-database", "UP");
        assertCheck(response.body(), "newsroom-jms-broker", "UP");
    }

    @Test
    void aliveWhileDeployed() throws Exception {
        HttpResponse<String> response = Management.get("/health/live");
        assertEquals(200, response.statusCode(), response.body());
        assertCheck(response.body(), "newsroom-application", "UP");
    }

    @Test
    void prometheusSeesTheConnectionPoolAndTheBreakingQueues() throws Exception {
        HttpResponse<String> response = Management.get("/prometheus");
        assertEquals(200, response.statusCode());
        String metrics = response.body();
        assertMetric(metrics, "datasources_pool_active_count", "name=\"NewsroomDS\"");
        for (String queue : new String[] {"newsroom.breaking.inbox", "newsroom.breaking.dead"}) {
            assertMetric(metrics, "messaging_activemq_message_count", "name=\"" + queue + "\",subdeployment=\"\",type=\"jms-queue\"");
        }
    }

    private static void assertMetric(String metrics, String name, String label) {
        Matcher line = Pattern.compile("(?m)^" + name + "\\{[^}]*" + Pattern.quote(label) + "[^}]*\\} [0-9.E+-]+$").matcher(metrics);
        assertTrue(line.find(), "no " + name + " with " + label + " at /prometheus");
    }

    /** SmallRye writes {"name":"…","status":"UP",…}; the check must be listed with that status. */
    private static void assertCheck(String body, String name, String status) {
        Pattern check = Pattern.compile("\\{\\s*\"name\"\\s*:\\s*\"" + Pattern.quote(name) + "\"\\s*,\\s*\"status\"\\s*:\\s*\"" + status + "\"");
        assertTrue(check.matcher(body).find(), name + " is not " + status + " in " + body);
    }
}
