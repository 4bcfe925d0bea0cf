package org.newsroom.domain.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReadingTimeTest {

    @Test
    void wordsAreCountedBetweenTags() {
        assertEquals(5, ReadingTime.countWords("<h2>Two words</h2><p>and three&nbsp;more</p>"));
    }

    @Test
    void emptyBodyHasNoWordsButStillOneMinute() {
        assertEquals(0, ReadingTime.countWords(null));
        assertEquals(1, ReadingTime.ofHtml("").minutes());
    }

    @Test
    void minutesRoundUp() {
        assertEquals(1, ReadingTime.ofWords(ReadingTime.WORDS_PER_MINUTE).minutes());
        assertEquals(2, ReadingTime.ofWords(ReadingTime.WORDS_PER_MINUTE + 1).minutes());
        assertEquals(6, ReadingTime.ofWords(1300).minutes());
    }
}
