package org.newsroom.domain.taxonomy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.edition.Edition;

class SectionTest {

    @Test
    void aSubsectionSitsUnderItsParentInTheSameEdition() {
        Section news = Section.topLevel(Edition.ES, "Noticias", Slug.of("noticias"), 1);
        Section politics = news.subsection("Política", Slug.of("politica"), 1);
        assertEquals(Edition.ES, politics.getEdition());
        assertEquals("noticias/politica", politics.path());
        assertEquals(news, politics.topLevelSection());
        assertFalse(politics.isTopLevel());
    }

    @Test
    void theTreeHasTwoLevelsNoMore() {
        Section news = Section.topLevel(Edition.EN, "News", Slug.of("news"), 1);
        Section politics = news.subsection("Politics", Slug.of("politics"), 1);
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class,
                () -> politics.subsection("Parliament", Slug.of("parliament"), 1));
        assertTrue(refused.getMessage().contains("two levels"), refused.getMessage());
    }

    @Test
    void theReaderSitesOwnWordsAreReserved() {
        for (String word : new String[] {"search", "tag", "region", "author", "authors", "coverage", "about", "contact",
                "privacy", "api", "feeds"}) {
            assertTrue(Section.isReserved(Slug.of(word)), word);
        }
        assertFalse(Section.isReserved(Slug.of("news")));
        assertFalse(Section.isReserved(Slug.of("tags-and-more")));
    }
}
