package org.newsroom.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsroom.it.support.JsonField.field;
import static org.newsroom.it.support.Refusals.deniedForRole;
import static org.newsroom.it.support.Refusals.refusal;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.taxonomy.Section;
import org.newsroom.editorial.calendar.CalendarEntry;
import org.newsroom.editorial.calendar.PublicationCalendar;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.workflow.ArticleWorkflow;
import org.newsroom.it.support.Deployments;
import org.newsroom.it.support.AsRole;
import org.newsroom.it.support.Refusals;
import org.newsroom.it.support.StaffApi;

/** The calendar's entries and the drag's reschedule: roles, rules, and that a refused move keeps the old time. */
@ExtendWith(ArquillianExtension.class)
class PublicationCalendarIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithRoles(PublicationCalendarIT.class, Refusals.class);
    }

    @EJB
    PublicationCalendar calendar;

    @EJB
    ArticleWorkflow workflow;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction tx;

    /** A story of the edition, approved; scheduled for {@code publishAt} and embargoed until {@code embargo} when given. */
    private long story(Edition edition, Instant publishAt, Instant embargo) throws Exception {
        tx.begin();
        Section section = em.createQuery("select s from Section s where s.edition = :e order by s.id", Section.class)
                .setParameter("e", edition).setMaxResults(1).getSingleResult();
        Article story = new Article(edition, ArticleKind.NEWS, "Calendar " + UUID.randomUUID(), section, "site-test", Instant.now());
        story.submitForReview();
        story.approve();
        story.embargoUntil(embargo);
        if (publishAt != null) {
            story.schedule(publishAt, Instant.now());
        }
        em.persist(story);
        tx.commit();
        return story.getId();
    }

    private Article stored(long id) {
        return em.find(Article.class, id);
    }

    private static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
    }

    @Test
    void everyoneSeesScheduledPublicationsAndEmbargoEndsOfTheChosenEdition() throws Exception {
        Instant at = inDays(3);
        long scheduled = story(Edition.AR, at, null);
        long embargoed = story(Edition.AR, null, at.plus(Duration.ofHours(1)));
        List<CalendarEntry> arabic = AsRole.writer().call(() -> calendar.between(at.minusSeconds(60), at.plus(Duration.ofHours(2)), Edition.AR));
        CalendarEntry publication = arabic.stream().filter(e -> e.articleId() == scheduled).findFirst().orElseThrow();
        assertEquals(CalendarEntry.Kind.PUBLICATION, publication.kind());
        assertEquals(at, publication.at());
        assertTrue(publication.movable());
        CalendarEntry embargo = arabic.stream().filter(e -> e.articleId() == embargoed).findFirst().orElseThrow();
        assertEquals(CalendarEntry.Kind.EMBARGO_ENDS, embargo.kind());
        assertFalse(embargo.movable());
        List<CalendarEntry> spanish = AsRole.writer().call(() -> calendar.between(at.minusSeconds(60), at.plus(Duration.ofHours(2)), Edition.ES));
        assertTrue(spanish.stream().noneMatch(e -> e.articleId() == scheduled));
        List<CalendarEntry> all = AsRole.writer().call(() -> calendar.between(at.minusSeconds(60), at.plus(Duration.ofHours(2)), null));
        assertTrue(all.stream().anyMatch(e -> e.articleId() == scheduled));
    }

    @Test
    void aBackwardsOrHugeRangeIsRefused() throws Exception {
        Instant now = Instant.now();
        assertEquals(ActionRefused.Why.INVALID, refusal(() -> AsRole.writer().call(() -> calendar.between(now, now.minusSeconds(1), null))).why());
        assertTrue(refusal(() -> AsRole.writer().call(() -> calendar.between(now, now.plus(Duration.ofDays(100)), null)))
                .getMessage().contains("at most"));
    }

    /**
     * Through the staff API as a signed-in editor: a {@code @RunAs} identity has one role
     * only, and the workflow's lease bookkeeping asks for WRITER, which real editors include.
     */
    @Test
    @RunAsClient
    void anEditorReschedulesAndTheMoveIsAudited() {
        String editor = StaffApi.createAccount("site-mover", "EDITOR");
        Instant at = inDays(4);
        long id = StaffApi.as(editor).scheduledStory("Moved " + StaffApi.SUFFIX, at);
        String etag = StaffApi.as(editor).send("GET", "/articles/" + id, null, null).headers()
                .firstValue("ETag").orElseThrow();
        Instant later = at.plus(Duration.ofDays(1));
        HttpResponse<String> moved = StaffApi.as(editor).send("POST", "/articles/" + id + "/transitions/reschedule",
                etag, "{\"publishAt\":\"" + later + "\"}");
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals("SCHEDULED", field(moved.body(), "status"));
        assertEquals(later, Instant.parse(field(moved.body(), "publishAt")));
        String audit = StaffApi.as(editor).send("GET", "/articles/" + id + "/audit", null, null).body();
        assertTrue(audit.contains("rescheduled from " + at + " to " + later), audit);
        HttpResponse<String> stale = StaffApi.as(editor).send("POST", "/articles/" + id + "/transitions/reschedule",
                etag, "{\"publishAt\":\"" + later.plus(Duration.ofDays(1)) + "\"}");
        assertEquals(412, stale.statusCode(), stale.body());
    }

    @Test
    void aWriterCannotRescheduleAndTheTimeStays() throws Exception {
        Instant at = inDays(5);
        long id = story(Edition.EN, at, null);
        long version = stored(id).getVersion();
        assertTrue(deniedForRole(() -> AsRole.writer().call(() -> workflow.reschedule(id, version, at.plus(Duration.ofDays(1))))));
        assertEquals(at, stored(id).getPublishAt());
    }

    @Test
    void refusedMovesKeepTheOldTime() throws Exception {
        Instant at = inDays(6);
        long id = story(Edition.EN, at, at);
        long version = stored(id).getVersion();
        ActionRefused beforeEmbargo = refusal(() -> AsRole.editor().call(() -> workflow.reschedule(id, version, at.minus(Duration.ofDays(1)))));
        assertEquals(ActionRefused.Why.RULE, beforeEmbargo.why());
        assertTrue(beforeEmbargo.getMessage().contains("embargo"), beforeEmbargo.getMessage());
        ActionRefused past = refusal(() -> AsRole.editor().call(() -> workflow.reschedule(id, version, Instant.now().minusSeconds(3600))));
        assertTrue(past.getMessage().contains("future"), past.getMessage());
        ActionRefused stale = refusal(() -> AsRole.editor().call(() -> workflow.reschedule(id, version - 1, at.plus(Duration.ofDays(1)))));
        assertEquals(ActionRefused.Why.STALE, stale.why());
        long notScheduled = story(Edition.EN, null, null);
        ActionRefused approved = refusal(() -> AsRole.editor().call(() -> workflow.reschedule(notScheduled, stored(notScheduled).getVersion(), at)));
        assertEquals(ActionRefused.Why.RULE, approved.why());
        assertTrue(approved.getMessage().contains("only a scheduled story can be"), approved.getMessage());
        Article after = stored(id);
        assertEquals(at, after.getPublishAt());
        assertEquals(ArticleStatus.SCHEDULED, after.getStatus());
        assertEquals(version, after.getVersion());
    }
}
