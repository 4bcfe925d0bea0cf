package org.newsroom.it.breaking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.breaking.BreakingItem;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingNews;
import org.newsroom.editorial.breaking.BreakingTicker;
import org.newsroom.editorial.breaking.BreakingTopic;
import org.newsroom.editorial.breaking.BreakingView;
import org.newsroom.editorial.breaking.LiveEntryView;
import org.newsroom.editorial.breaking.LiveCoverage;
import org.newsroom.it.support.AsRole;
import org.newsroom.it.support.Deployments;

/** Posting, editing, retracting and expiring breaking items, through the service and the JMS inbox. */
@ExtendWith(ArquillianExtension.class)
class BreakingNewsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithRoles(BreakingNewsIT.class, SseReader.class, SocketReader.class);
    }

    @EJB
    LiveCoverage liveCoverage;

    @EJB
    BreakingTicker ticker;

    @EJB
    BreakingNews breakingNews;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = BreakingTopic.INBOX)
    Queue inbox;

    @Resource(lookup = BreakingTopic.DEAD_LETTERS)
    Queue deadLetters;

    @Test
    void postedItemIsStoredAndReachesTheTickerThroughTheTopic() throws Exception {
        String text = unique("Posted through the service");
        BreakingView posted = AsRole.editor().call(() -> breakingNews.post(Edition.EN, text, null, null));
        assertTrue(posted.id() > 0);
        eventually(() -> shows(Edition.EN, text), "the ticker never showed the posted item");
        BreakingItem stored = em.find(BreakingItem.class, posted.id());
        assertEquals(text, stored.getText());
    }

    @Test
    void postingWithoutAnEditorRoleIsRefused() {
        assertThrows(EJBAccessException.class, () -> breakingNews.post(Edition.EN, unique("Anonymous"), null, null));
    }

    @Test
    void aRolledBackPostingStoresAndAnnouncesNothing() throws Exception {
        String text = unique("Rolled back");
        assertThrows(EJBException.class, () -> AsRole.editor().run(() -> {
            breakingNews.post(Edition.EN, text, null, null);
            throw new IllegalStateException("failing on purpose after posting, to roll back");
        }));
        Thread.sleep(1000);
        assertEquals(0L, count(text));
        assertFalse(shows(Edition.EN, text));
    }

    @Test
    void editedItemShowsItsNewText() throws Exception {
        BreakingView posted = AsRole.editor().call(() -> breakingNews.post(Edition.ES, unique("Primera versión"), null, null));
        String corrected = unique("Versión corregida");
        AsRole.editor().call(() -> breakingNews.edit(posted.id(), corrected, null));
        eventually(() -> shows(Edition.ES, corrected), "the ticker kept the old text");
    }

    @Test
    void retractedItemLeavesTheTicker() throws Exception {
        String text = unique("To be retracted");
        BreakingView posted = AsRole.editor().call(() -> breakingNews.post(Edition.AR, text, null, null));
        eventually(() -> shows(Edition.AR, text), "never shown");
        AsRole.editor().run(() -> breakingNews.retract(posted.id()));
        eventually(() -> !shows(Edition.AR, text), "still shown after retraction");
        assertNotNull(em.find(BreakingItem.class, posted.id()).getRetractedAt());
    }

    @Test
    void expiredItemDisappearsWithoutAMessage() throws Exception {
        String text = unique("Expires soon");
        AsRole.editor().call(() -> breakingNews.post(Edition.EN, text, null, Instant.now().plusSeconds(3)));
        eventually(() -> shows(Edition.EN, text), "never shown");
        Thread.sleep(3500);
        assertFalse(shows(Edition.EN, text), "still shown after its expiry");
    }

    @Test
    void rawJmsClientPostsThroughTheInbox() throws Exception {
        String text = unique("From a JMS client");
        send("{\"edition\":\"es\",\"text\":\"" + text + "\",\"expiresAt\":\""
                + Instant.now().plus(1, ChronoUnit.HOURS) + "\"}", null);
        eventually(() -> shows(Edition.ES, text), "the inbox item never reached the ticker");
        BreakingItem stored = em.createQuery("select b from BreakingItem b where b.text = :text", BreakingItem.class)
                .setParameter("text", text).getSingleResult();
        assertEquals("jms-inbox", stored.getPostedBy());
        assertNotNull(stored.getExpiresAt());
    }

    @Test
    void malformedMessagesGoToTheDeadLettersWithTheirReasonAndTheInboxKeepsWorking() throws Exception {
        assertDeadLetter(send("{not json", null), "Malformed JSON");
        assertDeadLetter(send("{\"edition\":\"xx\",\"text\":\"hello\"}", null), "Unknown edition");
        assertDeadLetter(send("{\"edition\":\"en\",\"text\":\"" + "x".repeat(250) + "\"}", null), "at most 200");
        assertDeadLetter(send("{\"edition\":\"en\",\"text\":\"linked\",\"articleId\":987654321}", null), "no article");

        String text = unique("After the bad ones");
        send("{\"edition\":\"en\",\"text\":\"" + text + "\"}", null);
        eventually(() -> shows(Edition.EN, text), "the inbox stopped after malformed messages");
    }

    @Test
    void aRedeliveredMessagePostsTheItemOnce() throws Exception {
        String text = unique("Sent twice");
        String clientId = unique("client-message");
        String json = "{\"edition\":\"en\",\"text\":\"" + text + "\"}";
        send(json, clientId);
        send(json, clientId);
        eventually(() -> shows(Edition.EN, text), "never shown");
        Thread.sleep(1500); // give the second message time to be consumed
        assertEquals(1L, count(text));
        assertEquals(1L, ticker.current(Edition.EN).stream().filter(i -> i.text().equals(text)).count());
    }

    @Test
    void aLiveEntryCanBePromotedToTheTickerInOneCall() throws Exception {
        Object[] live = em.createQuery("select a.id, a.edition from Article a where a.kind = :kind", Object[].class)
                .setParameter("kind", ArticleKind.LIVE).setMaxResults(1).getSingleResult();
        long liveArticle = (Long) live[0];
        Edition edition = (Edition) live[1];
        String headline = unique("Live: the vote is in");
        LiveEntryView entry = AsRole.editor().call(() -> liveCoverage.addEntry(liveArticle, headline, "<p>Results are being counted.</p>"));
        assertEquals(liveArticle, entry.articleId());
        BreakingView promoted = AsRole.editor().call(() -> liveCoverage.promoteToTicker(entry.id(), null));
        assertEquals(liveArticle, promoted.articleId());
        assertNotNull(promoted.url(), "a promoted entry links its live article");
        assertEquals(edition, promoted.edition());
        eventually(() -> shows(edition, headline), "the promoted entry never reached the ticker");
    }

    private String send(String body, String clientMessageId) throws Exception {
        try (JMSContext jms = connectionFactory.createContext()) {
            TextMessage message = jms.createTextMessage(body);
            if (clientMessageId != null) {
                message.setStringProperty(BreakingTopic.CLIENT_MESSAGE_ID, clientMessageId);
            }
            jms.createProducer().send(inbox, message);
            return message.getJMSMessageID();
        }
    }

    private void assertDeadLetter(String messageId, String reasonPart) throws Exception {
        try (JMSContext jms = connectionFactory.createContext();
                JMSConsumer consumer = jms.createConsumer(deadLetters, "originalMessageId = '" + messageId + "'")) {
            Message dead = consumer.receive(PATIENCE.toMillis());
            assertNotNull(dead, "no dead letter for " + messageId);
            String reason = dead.getStringProperty(BreakingTopic.REASON);
            assertTrue(reason != null && reason.contains(reasonPart), "reason was: " + reason);
        }
    }

    private long count(String text) {
        return em.createQuery("select count(b) from BreakingItem b where b.text = :text", Long.class)
                .setParameter("text", text).getSingleResult();
    }

    private boolean shows(Edition edition, String text) {
        List<BreakingView> current = ticker.current(edition);
        return current.stream().anyMatch(i -> i.text().equals(text));
    }

    static void eventually(BooleanSupplier condition, String failure) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(failure);
            }
            Thread.sleep(50);
        }
    }

    static String unique(String text) {
        return text + " " + System.nanoTime();
    }
}
