package org.newsroom.editorial.publishing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Topic;
import org.newsroom.editorial.catalog.ReaderShelf;
import org.newsroom.editorial.change.ContentChanged;

/**
 * Every change readers can see passes here. The story's row on the {@link ReaderShelf} is
 * rewritten and {@link ContentChanged} is sent on the content topic, both in the caller's JTA
 * transaction: {@code java:/JmsXA} is the pooled, XA-enlisted factory, so the message leaves only
 * when the transaction commits, together with the shelf. Local view only; callers are the
 * workflow, the scheduler and the taxonomy desks, which check roles themselves.
 */
@Stateless
@PermitAll
public class ContentChangedChannel {

    @EJB
    ReaderShelf shelf;

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory transactedFactory;

    @Resource(lookup = ContentChanged.TOPIC)
    Topic topic;

    public void send(ContentChanged event) {
        if (event.articleId() != 0) {
            shelf.restock(event.articleId());
        }
        try (JMSContext jms = transactedFactory.createContext()) {
            jms.createProducer().send(topic, event.toMessage(jms));
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }
}
