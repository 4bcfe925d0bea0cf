package org.newsroom.editorial.breaking;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.staff.Role;

/**
 * Posts the breaking items that JMS clients send to the inbox. A message that cannot be
 * posted is forwarded to the dead-letter queue with its reason and acknowledged, so
 * one bad message never blocks the ones behind it.
 *
 * <p>Bean-managed transactions: each posting commits in its own transaction, so a refused
 * posting does not roll back the dead-letter send. If the node dies between that commit
 * and the acknowledgement, the redelivered message finds its item by message id.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = BreakingTopic.INBOX),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")
})
@TransactionManagement(TransactionManagementType.BEAN)
@RunAs(Role.EDITOR_NAME)
@PermitAll // the broker delivers without a caller; with @RunAs, an unannotated onMessage would be denied
public class BreakingInboxListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(BreakingInboxListener.class.getName());
    static final String POSTED_BY = "jms-inbox";

    @EJB
    BreakingNews breakingNews;

    @Inject
    JMSContext jms;

    @Resource(lookup = BreakingTopic.DEAD_LETTERS)
    Queue deadLetters;

    @Override
    public void onMessage(Message message) {
        InboxPosting posting;
        try {
            if (!(message instanceof TextMessage text)) {
                throw new InboxPosting.Refused("Not a TextMessage with a JSON body");
            }
            posting = InboxPosting.parse(text.getText());
            String sourceId = message.getStringProperty(BreakingTopic.CLIENT_MESSAGE_ID);
            if (sourceId == null || sourceId.isBlank()) {
                sourceId = message.getJMSMessageID();
            }
            breakingNews.postFromMessage(posting.edition(), posting.text(), posting.articleId(), posting.expiresAt(),
                    sourceId, POSTED_BY);
        } catch (InboxPosting.Refused e) {
            refuse(message, e.getMessage());
        } catch (EJBException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            if (cause instanceof DomainRuleViolation) {
                refuse(message, cause.getMessage());
            } else {
                throw e; // not the message's fault (database down...): let JMS redeliver it
            }
        } catch (DomainRuleViolation e) {
            refuse(message, e.getMessage());
        } catch (JMSException e) {
            refuse(message, "Unreadable message: " + e.getMessage());
        }
    }

    private void refuse(Message message, String reason) {
        LOG.log(Level.WARNING, "Breaking inbox refused a message: {0}", reason);
        String body = null;
        try {
            if (message instanceof TextMessage text) {
                body = text.getText();
            }
        } catch (JMSException ignored) {
            // the dead letter then carries the reason without the body
        }
        var producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT)
                .setProperty(BreakingTopic.REASON, reason);
        try {
            producer.setProperty("originalMessageId", message.getJMSMessageID());
        } catch (JMSException ignored) {
            // an id is a convenience for whoever reads the dead letters
        }
        producer.send(deadLetters, body == null ? "" : body);
    }
}
