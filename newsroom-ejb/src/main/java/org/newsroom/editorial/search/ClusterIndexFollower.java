package org.newsroom.editorial.search;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.editorial.change.ContentChanged;

/**
 * Keeps this node's Lucene index current with what other nodes publish. Hibernate
 * Search indexes on commit, but only on the node that committed: with several nodes
 * each has its own index directory, and without this a story published on node A
 * would never be found by a search served by node B. Every node subscribes
 * (non-durable) to {@code ContentChanged} and re-indexes the story it names from the
 * shared database; on the node that made the change this repeats work already done,
 * which costs one document write. A node that was down catches up at its next start
 * ({@link SearchIndexCheck}).
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = ContentChanged.TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClusterIndexFollower implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ClusterIndexFollower.class.getName());

    @EJB
    StoryReindexing reindexing;

    @Override
    public void onMessage(Message message) {
        long articleId;
        String change;
        try {
            ContentChanged changed = ContentChanged.from(message);
            articleId = changed.articleId();
            change = changed.change();
        } catch (JMSException | NumberFormatException e) {
            LOG.log(Level.WARNING, "Ignored an unreadable content-changed message", e);
            return;
        }
        try {
            reindexing.reindex(articleId, change);
        } catch (RuntimeException e) {
            // The next change to the story, or the next start's check, brings the index back; never redeliver forever.
            LOG.log(Level.WARNING, "Newsroom: story " + articleId + " not re-indexed on this node: " + e, e);
        }
    }
}
