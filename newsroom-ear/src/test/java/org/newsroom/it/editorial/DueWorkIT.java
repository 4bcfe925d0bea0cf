package org.newsroom.it.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.taxonomy.Section;
import org.newsroom.editorial.change.ContentChanged;
import org.newsroom.editorial.publishing.ContentChangedChannel;
import org.newsroom.it.support.Deployments;

/**
 * Inside the server: the timer catches up with overdue stories (each published exactly
 * once, announced exactly once), respects embargoes, and ContentChanged leaves only on commit.
 */
@ExtendWith(ArquillianExtension.class)
class DueWorkIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DueWorkIT.class);
    }

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = ContentChanged.TOPIC)
    Topic contentTopic;

    @EJB
    ContentChangedChannel channel;

    @Test
    void overdueStoryIsPublishedByTheNextRunExactlyOnce() throws Exception {
        try (JMSContext jms = connectionFactory.createContext()) {
            // Listen before the story is committed: the timer may publish it the moment it is.
            tx.begin();
            long id = persistScheduledInThePast(null);
            JMSConsumer consumer = jms.createConsumer(contentTopic, ContentChanged.ARTICLE_ID + " = " + id);
            tx.commit();
            Message first = consumer.receive(20_000);
            assertNotNull(first, "the timer did not publish the overdue story");
            assertEquals(ContentChanged.PUBLISHED, first.getStringProperty(ContentChanged.CHANGE));
            assertEquals("en", first.getStringProperty(ContentChanged.EDITION));
            assertEquals(ArticleStatus.PUBLISHED, status(id));
            // Several more timer runs: nothing is published or announced twice.
            assertNull(consumer.receive(8_000), "the story was announced twice");
            long publications = em.createQuery("select count(e) from AuditEntry e where e.articleId = :id and e.action = 'PUBLISH'", Long.class)
                    .setParameter("id", id).getSingleResult();
            assertEquals(1, publications);
        }
    }

    @Test
    void dueStoryUnderEmbargoStaysScheduled() throws Exception {
        long id = scheduledInThePast(Instant.now().plus(Duration.ofHours(1)));
        Thread.sleep(8_000);
        assertEquals(ArticleStatus.SCHEDULED, status(id));
    }

    @Test
    void contentChangedIsSentOnCommitAndNotOnRollback() throws Exception {
        long rolledBack = System.nanoTime();
        long committed = rolledBack + 1;
        try (JMSContext jms = connectionFactory.createContext()) {
            JMSConsumer consumer = jms.createConsumer(contentTopic,
                    ContentChanged.ARTICLE_ID + " = " + rolledBack + " or " + ContentChanged.ARTICLE_ID + " = " + committed);
            tx.begin();
            channel.send(event(rolledBack));
            tx.rollback();
            tx.begin();
            channel.send(event(committed));
            tx.commit();
            Message received = consumer.receive(10_000);
            assertNotNull(received, "nothing arrived after the commit");
            assertEquals(committed, received.getLongProperty(ContentChanged.ARTICLE_ID));
            assertNull(consumer.receive(2_000), "a message of the rolled-back transaction arrived");
        }
    }

    private static ContentChanged event(long articleId) {
        return new ContentChanged(ContentChanged.CORRECTED, articleId, "en", "world", List.of("t"), List.of(), List.of("a"));
    }

    /** A story that was due while "the server was down": scheduled for half a minute ago. */
    private long scheduledInThePast(Instant embargo) throws Exception {
        tx.begin();
        long id = persistScheduledInThePast(embargo);
        tx.commit();
        return id;
    }

    /** The same inside the caller's transaction. */
    private long persistScheduledInThePast(Instant embargo) {
        Instant due = Instant.now().minusSeconds(30);
        Section section = em.createQuery("select s from Section s where s.edition = :e order by s.id", Section.class)
                .setParameter("e", Edition.EN).setMaxResults(1).getSingleResult();
        Article article = new Article(Edition.EN, ArticleKind.NEWS, "Overdue story " + System.nanoTime(), section, "it", due.minusSeconds(60));
        article.submitForReview();
        article.approve();
        article.schedule(due, due.minusSeconds(1));
        if (embargo != null) {
            article.embargoUntil(embargo);
        }
        em.persist(article);
        em.flush();
        return article.getId();
    }

    private ArticleStatus status(long id) {
        return em.createQuery("select a.status from Article a where a.id = :id", ArticleStatus.class)
                .setParameter("id", id).getSingleResult();
    }
}
