package org.newsroom.domain.refusal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.article.ArticleStatus;

class RefusalTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void theMessageIsTheEnglishSentenceAndTheRefusalSaysItInOtherLanguages() {
        DomainRuleViolation refused = new DomainRuleViolation(Reason.NO_STORY, 12345L);
        assertEquals("There is no story 12345", refused.getMessage()); // an id, not "12,345"
        assertEquals("لا توجد مادة 12345", refused.refusal().in(ARABIC));
        assertEquals("No hay ningún artículo 12345", refused.refusal().in(SPANISH));
    }

    @Test
    void aLanguageTheNewsroomDoesNotSpeakGetsTheEnglishWhateverTheServersOwnLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(SPANISH);
            Refusal refusal = Refusal.of(Reason.NO_STORY, 7);
            assertEquals("There is no story 7", refusal.in(Locale.FRENCH));
            assertEquals("There is no story 7", refusal.english());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aStatusIsNamedInTheLanguageOfTheSentence() {
        Refusal refusal = Refusal.of(Reason.STORY_CANNOT_BECOME, ArticleStatus.DRAFT, ArticleStatus.PUBLISHED);
        assertEquals("A story that is draft cannot become published", refusal.english());
        assertEquals("لا يمكن لمادة حالتها «مسودة» أن تصبح «منشورة»", refusal.in(ARABIC));
        assertEquals("Un artículo en estado «borrador» no puede pasar a «publicado»", refusal.in(SPANISH));
    }

    @Test
    void aCountAgreesWithItsNoun() {
        assertEquals("\"World\" has 1 subsection; delete it first", Refusal.of(Reason.SECTION_HAS_SUBSECTIONS, "World", 1L).english());
        assertEquals("\"World\" has 3 subsections; delete them first", Refusal.of(Reason.SECTION_HAS_SUBSECTIONS, "World", 3L).english());
        assertEquals("في «العالم» قسمان فرعيان؛ احذفهما أولًا", Refusal.of(Reason.SECTION_HAS_SUBSECTIONS, "العالم", 2L).in(ARABIC));
    }

    @Test
    void anApostropheInASentenceIsShownOnce() {
        assertEquals("Writers work on their own stories only; this one is amal's",
                Refusal.of(Reason.WRITER_ON_OTHERS_STORY, "amal").english());
    }
}
