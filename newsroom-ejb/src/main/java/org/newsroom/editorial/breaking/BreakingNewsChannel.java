package org.newsroom.editorial.breaking;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import org.newsroom.domain.edition.Edition;

/**
 * Announces changes on the breaking topic. The injected JMSContext joins the caller's
 * JTA transaction, so a rolled-back posting announces nothing.
 */
@Dependent
public class BreakingNewsChannel {

    @Inject
    JMSContext jms;

    @Resource(lookup = BreakingTopic.TOPIC)
    Topic topic;

    void announce(BreakingEvent event, Edition edition, long itemId) {
        send(event, edition, message -> message.setLongProperty(BreakingTopic.ITEM_ID, itemId));
    }

    void announceLiveEntry(Edition edition, long articleId, long entryId) {
        send(BreakingEvent.LIVE_ENTRY, edition, message -> {
            message.setLongProperty(BreakingTopic.ARTICLE_ID, articleId);
            message.setLongProperty(BreakingTopic.ENTRY_ID, entryId);
        });
    }

    private interface MessageProperties {
        void set(Message message) throws JMSException;
    }

    private void send(BreakingEvent event, Edition edition, MessageProperties properties) {
        Message message = jms.createMessage();
        try {
            message.setStringProperty(BreakingTopic.EDITION, edition.code());
            message.setStringProperty(BreakingTopic.TYPE, event.wireName());
            properties.set(message);
        } catch (JMSException e) {
            throw new IllegalStateException("Could not build a breaking-topic message", e);
        }
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(topic, message);
    }
}
