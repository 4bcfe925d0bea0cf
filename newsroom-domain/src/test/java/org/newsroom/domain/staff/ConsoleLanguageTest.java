package org.newsroom.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ConsoleLanguageTest {

    @Test
    void theBrowsersFirstSpokenLanguageWins() {
        assertEquals(ConsoleLanguage.AR, ConsoleLanguage.firstSpoken(
                List.of(Locale.forLanguageTag("fr-FR"), Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("es"))));
        assertEquals(ConsoleLanguage.ES, ConsoleLanguage.firstSpoken(List.of(Locale.forLanguageTag("es-MX"))));
        assertEquals(ConsoleLanguage.EN, ConsoleLanguage.firstSpoken(List.of(Locale.forLanguageTag("de"))));
        assertEquals(ConsoleLanguage.EN, ConsoleLanguage.firstSpoken(List.of()));
    }

    @Test
    void onlyArabicIsWrittenRightToLeft() {
        assertEquals("rtl", ConsoleLanguage.AR.direction());
        assertEquals("ltr", ConsoleLanguage.EN.direction());
        assertEquals("ltr", ConsoleLanguage.ES.direction());
        assertEquals("ar", ConsoleLanguage.AR.code());
        assertEquals(ConsoleLanguage.ES, ConsoleLanguage.fromCode("es").orElseThrow());
        assertTrue(ConsoleLanguage.fromCode("fr").isEmpty());
    }
}
