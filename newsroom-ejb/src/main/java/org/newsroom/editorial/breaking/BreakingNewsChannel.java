package org.newsroom.editorial.breaking;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.newsroom.domain.breaking.ChannelEvent;
import org.newsroom.domain.edition.Edition;

/**
 * Records each change as a {@link ChannelEvent} (its id is the readers' event id) and
 * announces it on the breaking topic. The injected JMSContext and the entity manager
 * join the caller's JTA transaction, so a rolled-back change records and announces nothing.
 */
@Dependent
public class BreakingNewsChannel {

    @Inject
    JMSContext jms;

    @Resource(lookup = BreakingTopic.TOPIC)
    Topic topic;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Inject
    Clock clock;

    long announce(BreakingEvent event, Edition edition, long itemId) {
        long eventId = record(ChannelEvent.ofItem(edition, event.wireName(), itemId, clock.instant()));
        send(event, edition, eventId, message -> message.setLongProperty(BreakingTopic.ITEM_ID, itemId));
        return eventId;
    }

    long announceLiveEntry(BreakingEvent event, Edition edition, long articleId, long entryId) {
        long eventId = record(ChannelEvent.ofLiveEntry(edition, event.wireName(), articleId, entryId, clock.instant()));
        send(event, edition, eventId, message -> {
            message.setLongProperty(BreakingTopic.ARTICLE_ID, articleId);
            message.setLongProperty(BreakingTopic.ENTRY_ID, entryId);
        });
        return eventId;
    }

    private long record(ChannelEvent event) {
        em.persist(event);
        return event.getId(); // a sequence with allocation size 1: known at persist, no flush needed
    }

    private interface MessageProperties {
        void set(Message message) throws JMSException;
    }

    private void send(BreakingEvent event, Edition edition, long eventId, MessageProperties properties) {
        Message message = jms.createMessage();
        try {
            message.setStringProperty(BreakingTopic.EDITION, edition.code());
            message.setStringProperty(BreakingTopic.TYPE, event.wireName());
            message.setLongProperty(BreakingTopic.EVENT_ID, eventId);
            properties.set(message);
        } catch (JMSException e) {
            throw new IllegalStateException("Could not build a breaking-topic message", e);
        }
        jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(topic, message);
    }
}
