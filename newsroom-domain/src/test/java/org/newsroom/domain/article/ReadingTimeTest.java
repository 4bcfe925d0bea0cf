package org.newsroom.domain.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsroom.domain.edition.Edition;

class ReadingTimeTest {

    @Test
    void wordsAreCountedInTheTextReadersSee() {
        assertEquals(5, ReadingTime.countWords("<h2>Two words</h2><p>and three&nbsp;more</p>"));
        assertEquals(2, ReadingTime.countWords("<p>fish&amp;chips <b>to</b>go</p>"), "entities decode, inline tags join");
        assertEquals(3, ReadingTime.countWords("<p>كتب المراسل <em>تقريره</em></p>"));
        assertEquals(0, ReadingTime.countWords("<p> </p><figure><img src=x alt=\"\"></figure>"));
    }

    @Test
    void emptyBodyHasNoWordsButStillOneMinute() {
        assertEquals(0, ReadingTime.countWords(null));
        assertEquals(1, ReadingTime.of(0, Edition.EN).minutes());
    }

    @Test
    void minutesRoundUpAtTheEditionsRate() {
        int english = Edition.EN.wordsPerMinute();
        assertEquals(1, ReadingTime.of(english, Edition.EN).minutes());
        assertEquals(2, ReadingTime.of(english + 1, Edition.EN).minutes());
    }

    @Test
    void theSameWordCountTakesLongerInArabicThanInSpanishOrEnglish() {
        int words = 1300;
        assertTrue(ReadingTime.of(words, Edition.AR).minutes() > ReadingTime.of(words, Edition.ES).minutes());
        assertTrue(ReadingTime.of(words, Edition.ES).minutes() >= ReadingTime.of(words, Edition.EN).minutes());
    }
}
