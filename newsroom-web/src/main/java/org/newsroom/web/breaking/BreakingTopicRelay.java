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
import org.newsroom.editorial.breaking.BreakingTicker;
import org.newsroom.editorial.breaking.BreakingTopic;
import org.newsroom.editorial.breaking.LiveCoverage;

/**
 * This node's subscriber that pushes each change on the breaking topic to the readers
 * connected here, with the change's event id. It looks the item up rather than trusting
 * a message body, so readers always get what the database holds; a message that names
 * nothing is logged and dropped.
 *
 * <p>One session, so changes are relayed one after the other in the order the topic has them:
 * with the default fifteen, two edits of an item made a moment apart were written to readers in
 * either order (StalledReaderIT saw edit 148 arrive before 147), and a reader would have been left
 * with the older text. A fan-out only queues frames, so one session keeps up.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = BreakingTopic.TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
public class BreakingTopicRelay implements MessageListener {

    private static final Logger LOG = Logger.getLogger(BreakingTopicRelay.class.getName());

    @EJB
    BreakingNews breakingNews;

    @EJB
    LiveCoverage liveCoverage;

    @EJB
    BreakingTicker ticker;

    @Inject
    ReaderBroadcasts readers;

    @Override
    public void onMessage(Message message) {
        try {
            String code = message.getStringProperty(BreakingTopic.EDITION);
            Edition edition = Edition.fromCode(code).orElse(null);
            BreakingEvent type = BreakingEvent.fromWireName(message.getStringProperty(BreakingTopic.TYPE)).orElse(null);
            if (edition == null || type == null || !message.propertyExists(BreakingTopic.EVENT_ID)) {
                LOG.warning(() -> "Ignored a breaking-topic message without a known edition, type or event id");
                return;
            }
            long eventId = message.getLongProperty(BreakingTopic.EVENT_ID);
            LOG.fine(() -> "Relaying event " + eventId + " " + delaySince(message) + " ms after it was sent");
            if (!type.isLiveEntry()) {
                // The ticker first: a reader who gets this change and reconnects at once must be replayed
                // from it, and catch-up trusts the ticker's newest id to say "nothing since".
                ticker.catchUpTo(edition, eventId);
            }
            switch (type) {
                case POSTED, EDITED -> {
                    long itemId = message.getLongProperty(BreakingTopic.ITEM_ID);
                    breakingNews.find(itemId).ifPresent(item -> {
                        if (item.retracted()) {
                            readers.toEdition(edition, eventId, ReaderEvents.removed(itemId, code, BreakingEvent.RETRACTED));
                        } else {
                            readers.toEdition(edition, eventId, ReaderEvents.item(item, type).build().toString());
                        }
                    });
                }
                case RETRACTED, EXPIRED -> {
                    long itemId = message.getLongProperty(BreakingTopic.ITEM_ID);
                    readers.toEdition(edition, eventId, ReaderEvents.removed(itemId, code, type));
                }
                case LIVE_ENTRY, LIVE_ENTRY_EDITED -> {
                    long articleId = message.getLongProperty(BreakingTopic.ARTICLE_ID);
                    long entryId = message.getLongProperty(BreakingTopic.ENTRY_ID);
                    liveCoverage.find(entryId).ifPresent(
                            entry -> readers.toLiveArticle(articleId, eventId, ReaderEvents.liveEntry(entry, type)));
                }
                case LIVE_ENTRY_REMOVED -> {
                    long articleId = message.getLongProperty(BreakingTopic.ARTICLE_ID);
                    long entryId = message.getLongProperty(BreakingTopic.ENTRY_ID);
                    readers.toLiveArticle(articleId, eventId, ReaderEvents.liveEntryRemoved(articleId, entryId));
                }
            }
        } catch (JMSException | NumberFormatException e) {
            LOG.log(Level.WARNING, "Ignored an unreadable breaking-topic message", e);
        }
    }

    private static long delaySince(Message message) {
        try {
            return System.currentTimeMillis() - message.getJMSTimestamp();
        } catch (JMSException e) {
            return -1;
        }
    }
}
