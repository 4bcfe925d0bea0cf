package org.newsroom.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.jms.ConnectionFactory;
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
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.breaking.BreakingItem;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingTicker;
import org.newsroom.editorial.breaking.BreakingTopic;
import org.newsroom.editorial.breaking.BreakingView;
import org.newsroom.editorial.catalog.ArticleTeaser;
import org.newsroom.editorial.catalog.ReaderCatalog;
import org.newsroom.it.support.Deployments;

/** The wiring of issue #2, inside the server: schema, demo content, services and the JMS topic. */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(FoundationIT.class);
    }

    @EJB
    ReaderCatalog catalog;

    @EJB
    BreakingTicker ticker;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = BreakingTopic.TOPIC)
    Topic breakingTopic;

    @Test
    void demoContentHasAtLeastTwoHundredPublishedStoriesAcrossTheEditions() {
        long published = 0;
        for (Edition edition : Edition.values()) {
            long inEdition = catalog.countPublished(edition);
            assertTrue(inEdition > 30, edition + " has only " + inEdition + " published stories");
            published += inEdition;
        }
        assertTrue(published >= 200, "only " + published + " published stories");
    }

    @Test
    void latestListsOnlyPublishedStoriesOfTheEditionNewestFirst() {
        List<ArticleTeaser> latest = catalog.latest(Edition.ES, 0, 50);
        assertFalse(latest.isEmpty());
        for (int i = 0; i < latest.size(); i++) {
            ArticleTeaser teaser = latest.get(i);
            assertTrue(teaser.edition() == Edition.ES);
            ArticleStatus status = em.createQuery("select a.status from Article a where a.id = :id", ArticleStatus.class)
                    .setParameter("id", teaser.id()).getSingleResult();
            assertTrue(status == ArticleStatus.PUBLISHED, teaser.headline() + " is " + status);
            if (i > 0) {
                assertFalse(teaser.publishedAt().isAfter(latest.get(i - 1).publishedAt()), "not newest first at " + i);
            }
        }
    }

    @Test
    void someDemoStoriesAreLinkedAsTranslations() {
        Long groups = em.createQuery("select count(distinct a.translationGroup) from Article a where a.translationGroup in "
                + "(select b.translationGroup from Article b group by b.translationGroup having count(b) = 3)", Long.class)
                .getSingleResult();
        assertTrue(groups >= 10, "only " + groups + " stories exist in all three editions");
    }

    @Test
    void messageOnTheBreakingTopicReachesTheTickerInsideTheEar() throws Exception {
        String text = "Foundation test item " + System.nanoTime();
        tx.begin();
        BreakingItem item = new BreakingItem(Edition.AR, text, null, Instant.now(), "test", null);
        em.persist(item);
        tx.commit();
        // Stored without a message: this node's ticker does not know it yet.
        assertFalse(contains(ticker.current(Edition.AR), text));

        try (JMSContext jms = connectionFactory.createContext()) {
            Message message = jms.createMessage();
            message.setStringProperty(BreakingTopic.EDITION, Edition.AR.code());
            message.setLongProperty(BreakingTopic.ITEM_ID, item.getId());
            jms.createProducer().send(breakingTopic, message);
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!contains(ticker.current(Edition.AR), text) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertTrue(contains(ticker.current(Edition.AR), text), "the topic's consumer did not refresh the ticker");
    }

    private static boolean contains(List<BreakingView> items, String text) {
        return items.stream().anyMatch(i -> i.text().equals(text));
    }
}
