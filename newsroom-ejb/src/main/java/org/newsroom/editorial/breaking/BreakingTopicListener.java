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
 * Every node's subscriber to the breaking topic: brings this node's ticker up to the
 * change it announces. A message naming no known edition is logged and dropped, never
 * retried forever.
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
            Edition edition = Edition.fromCode(code).orElse(null);
            if (edition == null) {
                LOG.warning(() -> "Ignored a breaking-topic message without a known edition: " + code);
                return;
            }
            boolean liveEntry = BreakingEvent.fromWireName(message.getStringProperty(BreakingTopic.TYPE))
                    .map(BreakingEvent::isLiveEntry).orElse(false);
            if (liveEntry) {
                return; // a live story's entries are not on the ticker
            }
            if (message.propertyExists(BreakingTopic.EVENT_ID)) {
                ticker.catchUpTo(edition, message.getLongProperty(BreakingTopic.EVENT_ID));
            } else {
                ticker.reload(edition);
            }
        } catch (JMSException | NumberFormatException e) {
            LOG.log(Level.WARNING, "Ignored an unreadable breaking-topic message", e);
        }
    }
}
