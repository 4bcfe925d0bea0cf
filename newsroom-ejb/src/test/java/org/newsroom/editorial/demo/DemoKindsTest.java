package org.newsroom.editorial.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.edition.Edition;

/** The deploy-time demo (270 stories) must let a newcomer see every kind of story in every edition. */
class DemoKindsTest {

    private static final int DEPLOY_TIME_STORIES = 270;

    /** The kinds published in each edition by the first {@code stories} stories, walking keys as DemoWriter does. */
    private static Map<Edition, Set<ArticleKind>> publishedKinds(int stories) {
        Map<Edition, Set<ArticleKind>> kinds = new EnumMap<>(Edition.class);
        for (Edition edition : Edition.values()) {
            kinds.put(edition, EnumSet.noneOf(ArticleKind.class));
        }
        int written = 0;
        for (int key = 0; written < stories; key++) {
            List<Edition> editions = key % 4 == 0 ? List.of(Edition.values()) : List.of(DemoWriter.editionOf(key));
            for (Edition edition : editions) {
                if (written++ == stories) {
                    break;
                }
                boolean published = key % 50 < 48;
                if (published) {
                    kinds.get(edition).add(DemoWriter.sectionFor(key).kind());
                }
            }
        }
        return kinds;
    }

    @Test
    void everyKindOfTheMenusIsPublishedInEveryEdition() {
        Set<ArticleKind> offered = EnumSet.noneOf(ArticleKind.class);
        Taxonomy.SECTIONS.forEach(s -> {
            offered.add(s.kind());
            s.children().forEach(c -> offered.add(c.kind()));
        });
        assertTrue(offered.containsAll(EnumSet.of(ArticleKind.LIVE, ArticleKind.GALLERY, ArticleKind.ANALYSIS, ArticleKind.BLOG,
                ArticleKind.VIDEO, ArticleKind.INFOGRAPH)));
        publishedKinds(DEPLOY_TIME_STORIES).forEach((edition, kinds) -> assertEquals(offered, kinds, "kinds published in " + edition));
    }

    @Test
    void theStillRunningLiveStoriesAreOneInEachEdition() {
        for (int key : new int[] {35, 47, 59}) {
            assertEquals(ArticleKind.LIVE, DemoWriter.sectionFor(key).kind(), "key " + key);
        }
        assertEquals(EnumSet.allOf(Edition.class), EnumSet.of(DemoWriter.editionOf(35), DemoWriter.editionOf(47), DemoWriter.editionOf(59)));
    }
}
