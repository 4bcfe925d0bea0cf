package org.newsroom.editorial.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.edition.Edition;

class PublishedStoryTest {

    private static final Instant PUBLISHED = Instant.parse("2026-03-01T10:15:30Z");

    private static PublishedStory story(Instant updatedAt, SectionView section) {
        return new PublishedStory(1, Edition.EN, ArticleKind.NEWS, "Headline", "a-story", null, null, null, null, null,
                456, section, PUBLISHED, updatedAt, "group", null, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void aWidePictureIsSharedAtTwelveHundredPixelsWithItsProportionsCut() {
        LeadImage wide = new LeadImage(9, "image/jpeg", 1600, 1066, "alt", null, null);
        assertEquals(1200, wide.shareWidth());
        assertEquals(799, wide.shareHeight());
        assertEquals("/media/9/1200", wide.sharePath());
    }

    @Test
    void aNarrowPictureIsSharedAtItsOwnSizeAndOneOfUnknownWidthAtItsHeight() {
        LeadImage narrow = new LeadImage(3, "image/png", 640, 480, "alt", null, null);
        assertEquals(640, narrow.shareWidth());
        assertEquals(480, narrow.shareHeight());
        assertEquals("/media/3/640", narrow.sharePath());
        LeadImage unknown = new LeadImage(4, "image/png", 0, 300, "alt", null, null);
        assertEquals(0, unknown.shareWidth());
        assertEquals(300, unknown.shareHeight());
    }

    @Test
    void aStoryLivesUnderItsSectionsPathAndWasModifiedWhenCorrectedAfterPublication() {
        PublishedStory corrected = story(PUBLISHED.plusSeconds(60), new SectionView(7, "politics", "Politics", "news", "News"));
        assertEquals("/en/news/politics/a-story", corrected.path());
        assertTrue(corrected.wasUpdated());
        assertEquals(PUBLISHED.plusSeconds(60), corrected.modifiedAt());
        PublishedStory untouched = story(null, new SectionView(8, "opinion", "Opinion", null, null));
        assertEquals("/en/opinion/a-story", untouched.path());
        assertFalse(untouched.wasUpdated());
        assertEquals(PUBLISHED, untouched.modifiedAt());
        assertEquals(2, untouched.readingMinutes(), "456 words at the English 228 a minute");
    }
}
