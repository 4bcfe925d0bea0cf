package org.newsroom.web.breaking;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingEvent;
import org.newsroom.editorial.breaking.BreakingNews;
import org.newsroom.editorial.breaking.BreakingTopic;
import org.newsroom.editorial.breaking.LiveCoverage;

/**
 * This node's subscriber that pushes each change on the breaking topic to the readers
 * connected here. It looks the item up rather than trusting a message body, so readers
 * always get what the database holds; a message that names nothing is logged and dropped.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = BreakingTopic.TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic")
})
public class BreakingTopicRelay implements MessageListener {

    private static final Logger LOG = Logger.getLogger(BreakingTopicRelay.class.getName());

    @EJB
    BreakingNews breakingNews;

    @EJB
    LiveCoverage liveCoverage;

    @Inject
    ReaderBroadcasts readers;

    @Override
    public void onMessage(Message message) {
        try {
            String code = message.getStringProperty(BreakingTopic.EDITION);
            Edition edition = Edition.fromCode(code).orElse(null);
            BreakingEvent type = BreakingEvent.fromWireName(message.getStringProperty(BreakingTopic.TYPE)).orElse(null);
            if (edition == null || type == null) {
                LOG.warning(() -> "Ignored a breaking-topic message without a known edition or type");
                return;
            }
            switch (type) {
                case POSTED, EDITED -> {
                    long itemId = message.getLongProperty(BreakingTopic.ITEM_ID);
                    breakingNews.find(itemId).ifPresent(item -> {
                        if (item.retracted()) {
                            readers.toEdition(edition, itemId, ReaderEvents.retracted(itemId, code));
                        } else {
                            readers.toEdition(edition, itemId, ReaderEvents.item(item, type).build().toString());
                        }
                    });
                }
                case RETRACTED -> {
                    long itemId = message.getLongProperty(BreakingTopic.ITEM_ID);
                    readers.toEdition(edition, itemId, ReaderEvents.retracted(itemId, code));
                }
                case LIVE_ENTRY -> {
                    long articleId = message.getLongProperty(BreakingTopic.ARTICLE_ID);
                    long entryId = message.getLongProperty(BreakingTopic.ENTRY_ID);
                    liveCoverage.find(entryId).ifPresent(
                            entry -> readers.toLiveArticle(articleId, entryId, ReaderEvents.liveEntry(entry)));
                }
            }
        } catch (JMSException | NumberFormatException e) {
            LOG.log(Level.WARNING, "Ignored an unreadable breaking-topic message", e);
        }
    }
}
