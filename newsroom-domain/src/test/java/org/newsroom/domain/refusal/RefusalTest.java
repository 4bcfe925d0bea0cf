package org.newsroom.domain.refusal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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

    @Test
    void theBrokenConstraintsOfAnInputAreSaidInTheLanguageOfTheFrameAroundThem() {
        Refusal refusal = Refusal.of(Reason.INPUT_INVALID, new Refusal.Each(List.of(
                Refusal.of(Reason.INPUT_HEADLINE_TOO_LONG, 200), Refusal.of(Reason.INPUT_SECTION_MISSING),
                "must not be blank")));
        assertEquals("the headline is too long (at most 200 characters); choose a section; must not be blank", refusal.english());
        assertEquals("البيانات المرسلة غير مقبولة: العنوان طويل جدًا (200 حرفًا على الأكثر); اختر قسمًا; must not be blank",
                refusal.in(ARABIC));
        assertEquals("Los datos enviados no son válidos: el titular es demasiado largo (como máximo 200 caracteres); "
                + "elija una sección; must not be blank", refusal.in(SPANISH));
    }

    @Test
    void aRefusalInsideARefusalIsSaidInTheSameLanguage() {
        Refusal refusal = Refusal.of(Reason.INPUT_FIELD_USER_NAME, Refusal.of(Reason.INPUT_USER_NAME_LETTERS));
        assertEquals("User name: use lower-case letters, digits, dots, hyphens and underscores", refusal.english());
        assertEquals("Nombre de usuario: use minúsculas, cifras, puntos, guiones y guiones bajos", refusal.in(SPANISH));
    }

    @Test
    void aMessageTemplateNamesAReasonOnlyWhenWrittenAsTheKeyOfOne() {
        assertEquals(Reason.INPUT_SECTION_MISSING,
                InvalidInput.reasonNamedBy("{org.newsroom.domain.refusal.Reason.INPUT_SECTION_MISSING}"));
        assertEquals(null, InvalidInput.reasonNamedBy("{org.newsroom.domain.refusal.Reason.NO_SUCH_REASON}"));
        assertEquals(null, InvalidInput.reasonNamedBy("{jakarta.validation.constraints.NotBlank.message}"));
        assertEquals(null, InvalidInput.reasonNamedBy("choose a section"));
    }
}
