package org.newsroom.probes;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the JMS broker accepts a session and knows the breaking-news
 * inbox: publishing and breaking news need it, and a node whose broker is gone would
 * serve stale pages without anyone noticing.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    static final String NAME = "newsroom-jms-broker";

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    /** Bound by ops/cli/install.cli; the same name as BreakingTopic.INBOX in the EAR, which this WAR cannot see. */
    @Resource(lookup = "java:/jms/newsroom/breaking-inbox")
    Queue inbox;

    @Override
    public HealthCheckResponse call() {
        // Browsing (not consuming) proves the broker answers and the destination exists, and takes no message away.
        try (JMSContext jms = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
             QueueBrowser browser = jms.createBrowser(inbox)) {
            // Looking at the first message forces a round trip; counting the queue is the metrics' job, not this check's.
            boolean waiting = browser.getEnumeration().hasMoreElements();
            return HealthCheckResponse.named(NAME).up()
                    .withData("inboxHasWaitingMessages", waiting)
                    .build();
        } catch (JMSRuntimeException | jakarta.jms.JMSException e) {
            return HealthCheckResponse.named(NAME).down()
                    .withData("error", DatabaseReadiness.oneLine(e))
                    .build();
        }
    }
}
