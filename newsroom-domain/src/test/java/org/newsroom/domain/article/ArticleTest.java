package org.newsroom.domain.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.taxonomy.Section;

class ArticleTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private final Section politics = Section.topLevel(Edition.EN, "Politics", Slug.from("Politics"), 1);

    private Article draft() {
        Article article = new Article(Edition.EN, ArticleKind.NEWS, "Council passes budget", politics, "writer", NOW);
        article.edit("Council passes budget", "The vote was close.", "<p>The council voted on Tuesday.</p>");
        return article;
    }

    private Article approved() {
        Article article = draft();
        article.submitForReview();
        article.approve();
        return article;
    }

    @Test
    void newStoryIsADraftWithASlugFromItsHeadline() {
        Article article = draft();
        assertEquals(ArticleStatus.DRAFT, article.getStatus());
        assertEquals("council-passes-budget", article.getSlug());
        assertEquals(5, article.getWordCount());
    }

    @Test
    void draftCannotBePublishedWithoutReview() {
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> draft().publish(NOW));
        assertTrue(refused.getMessage().contains("draft"), refused.getMessage());
    }

    @Test
    void approvedStoryIsPublishedAndKeepsItsFirstPublicationTime() {
        Article article = approved();
        article.publish(NOW);
        article.unpublish(NOW.plusSeconds(60));
        article.publish(NOW.plusSeconds(120));
        assertEquals(NOW, article.getPublishedAt());
        assertEquals(ArticleStatus.PUBLISHED, article.getStatus());
    }

    @Test
    void slugIsFixedOncePublished() {
        Article article = approved();
        article.publish(NOW);
        assertThrows(DomainRuleViolation.class, () -> article.changeSlug(Slug.of("other")));
    }

    @Test
    void embargoRefusesPublicationBeforeItsTime() {
        Article article = approved();
        article.embargoUntil(NOW.plus(Duration.ofHours(2)));
        assertThrows(DomainRuleViolation.class, () -> article.publish(NOW));
        assertThrows(DomainRuleViolation.class, () -> article.schedule(NOW.plus(Duration.ofHours(1)), NOW));
        article.publish(NOW.plus(Duration.ofHours(2)));
        assertEquals(ArticleStatus.PUBLISHED, article.getStatus());
    }

    @Test
    void aScheduleMoreThanFiveYearsAheadIsRefused() {
        Article article = approved();
        assertThrows(DomainRuleViolation.class, () -> article.schedule(Instant.parse("2031-11-24T10:00:01Z"), NOW));
        assertEquals(ArticleStatus.APPROVED, article.getStatus());
        article.schedule(Instant.parse("2031-11-24T10:00:00Z"), NOW);
        assertEquals(ArticleStatus.SCHEDULED, article.getStatus());
    }

    @Test
    void scheduledStoryIsDueOnlyFromItsTime() {
        Article article = approved();
        article.schedule(NOW.plusSeconds(30), NOW);
        assertFalse(article.isDueForPublication(NOW));
        assertTrue(article.isDueForPublication(NOW.plusSeconds(30)));
    }

    @Test
    void publishedStoryIsCorrectedNotEdited() {
        Article article = approved();
        article.publish(NOW);
        assertThrows(DomainRuleViolation.class, () -> article.edit("New", null, "<p>x</p>"));
        assertThrows(DomainRuleViolation.class, () -> article.correct("<p>x</p>", " ", NOW));
        article.correct("<p>The council voted on Wednesday.</p>", "An earlier version gave the wrong day.", NOW.plusSeconds(600));
        assertTrue(article.wasUpdated());
        assertEquals("An earlier version gave the wrong day.", article.getCorrectionNote());
    }

    @Test
    void sectionMustBelongToTheSameEdition() {
        Section spanish = Section.topLevel(Edition.ES, "Política", Slug.from("Política"), 1);
        assertThrows(DomainRuleViolation.class,
                () -> new Article(Edition.EN, ArticleKind.NEWS, "Headline", spanish, "writer", NOW));
    }

    @Test
    void onlyLiveCoverageTakesEntries() {
        assertThrows(DomainRuleViolation.class, () -> draft().addLiveEntry("x", "<p>x</p>", NOW, "editor"));
    }

    @Test
    void everyStateNamesWhereItMayGo() {
        for (ArticleStatus status : ArticleStatus.values()) {
            assertFalse(status.canMoveTo(status), status + " must not move to itself");
        }
        assertTrue(ArticleStatus.ARCHIVED.next().isEmpty());
    }
}
