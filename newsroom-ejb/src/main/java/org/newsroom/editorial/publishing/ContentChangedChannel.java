package org.newsroom.editorial.publishing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Topic;

/**
 * Sends {@link ContentChanged} on the content topic in the caller's JTA transaction:
 * {@code java:/JmsXA} is the pooled, XA-enlisted factory, so the message leaves only
 * when the transaction commits. Local view only; callers are the workflow and the
 * scheduler, which check roles themselves.
 */
@Stateless
@PermitAll
public class ContentChangedChannel {

    /** Bound in ops/cli/install.cli. */
    public static final String TOPIC = "java:/jms/newsroom/content";
    public static final String CHANGE = "change";
    public static final String ARTICLE_ID = "articleId";
    public static final String EDITION = "edition";
    public static final String SECTION = "section";
    public static final String TAGS = "tags";
    public static final String COVERAGES = "coverages";
    public static final String AUTHORS = "authors";

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory transactedFactory;

    @Resource(lookup = TOPIC)
    Topic topic;

    public void send(ContentChanged event) {
        try (JMSContext jms = transactedFactory.createContext()) {
            Message message = jms.createMessage();
            message.setStringProperty(CHANGE, event.change());
            message.setLongProperty(ARTICLE_ID, event.articleId());
            message.setStringProperty(EDITION, event.edition());
            message.setStringProperty(SECTION, event.section());
            message.setStringProperty(TAGS, String.join(",", event.tags()));
            message.setStringProperty(COVERAGES, String.join(",", event.coverages()));
            message.setStringProperty(AUTHORS, String.join(",", event.authors()));
            jms.createProducer().send(topic, message);
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }
}
