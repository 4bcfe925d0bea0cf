package org.newsroom.editorial.breaking;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.domain.edition.Edition;

/**
 * Every node's subscriber to the breaking topic: hands the edition to the ticker at
 * once. A message naming no known edition is logged and dropped, never retried forever.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = BreakingTopic.TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic")
})
public class BreakingTopicListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(BreakingTopicListener.class.getName());

    @EJB
    BreakingTicker ticker;

    @Override
    public void onMessage(Message message) {
        try {
            String code = message.getStringProperty(BreakingTopic.EDITION);
            Edition.fromCode(code).ifPresentOrElse(ticker::reload,
                    () -> LOG.warning(() -> "Ignored a breaking-topic message without a known edition: " + code));
        } catch (JMSException e) {
            LOG.log(Level.WARNING, "Ignored an unreadable breaking-topic message", e);
        }
    }
}
