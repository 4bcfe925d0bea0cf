package org.newsroom.web.cache;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingEvent;
import org.newsroom.editorial.breaking.BreakingTopic;

/**
 * The ticker is rendered into every page, so a change to an edition's breaking items
 * drops that edition's pages; a new live entry drops only its article's pages. Breaking
 * items are rare next to page views, and the script on each page streams newer items
 * anyway, so re-rendering an edition's pages then is cheaper than leaving the ticker out
 * of the cached HTML. Kept apart from {@code BreakingTopicRelay}, which serves readers' streams.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = BreakingTopic.TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable")
})
public class TickerChangeListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(TickerChangeListener.class.getName());

    @Inject
    PageCache cache;

    @Override
    public void onMessage(Message message) {
        try {
            Edition edition = Edition.fromCode(message.getStringProperty(BreakingTopic.EDITION)).orElse(null);
            BreakingEvent type = BreakingEvent.fromWireName(message.getStringProperty(BreakingTopic.TYPE)).orElse(null);
            if (type != null && type.isLiveEntry()) {
                cache.drop(Set.of(SurrogateKeys.forArticle(message.getLongProperty(BreakingTopic.ARTICLE_ID))));
            } else if (edition != null) {
                cache.drop(Set.of(SurrogateKeys.forEdition(edition)));
            }
        } catch (JMSException | NumberFormatException e) {
            LOG.log(Level.WARNING, "Ignored an unreadable breaking-topic message", e);
        }
    }
}
