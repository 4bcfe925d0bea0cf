package org.newsroom.admin.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.workflow.TranslationView;

class StoryTranslationsTest {

    @Test
    void offersOnlyEditionsWithoutAVersionYet() {
        List<TranslationView> versions = List.of(new TranslationView(8, "ar", "مجلس المدينة", "DRAFT"));

        assertEquals(List.of(Edition.ES), StoryTranslations.editionsWithoutVersion("en", versions));
    }

    @Test
    void aStoryInEveryEditionOffersNone() {
        List<TranslationView> versions = List.of(new TranslationView(8, "en", "Council", "PUBLISHED"),
                new TranslationView(9, "es", "Consejo", "DRAFT"));

        assertEquals(List.of(), StoryTranslations.editionsWithoutVersion("ar", versions));
    }
}
