package org.newsroom.editorial.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.edition.Edition;

/**
 * The columns of a whole story and how its rows become {@link PublishedStory} records, for every
 * query that reads stories: a single story from {@code article} (published, or any for a preview)
 * and a page of them off the reader shelf ({@link ShelfQuery}). The columns the shelf has are read
 * from the table the query drives ({@code row}); the few it lacks come from {@code article a} by its
 * key and the lead picture from {@code media_asset m}, in the same statement.
 */
final class StoryRows {

    private StoryRows() {
    }

    /** The select list; {@code row} is the alias of {@code reader_story} or {@code article}. Lists leave the body out. */
    static String columns(String row, boolean withBody) {
        return "select " + row + ".id, " + row + ".edition, " + row + ".kind, " + row + ".headline, " + row + ".slug, "
                + row + ".summary, " + row + ".section_id, " + row + ".published_at, " + row + ".updated_at, "
                + row + ".translation_group, a.source, a.video_url, a.correction_note, a.word_count, "
                + (withBody ? "a.body" : "null") + ", m.id, m.content_type, m.width, m.height, m.alt_text, m.caption, m.credit ";
    }

    /** Stories in the rows' order, each with its terms; a row whose section is gone (deleted a moment ago) is left out. */
    static List<PublishedStory> stories(List<Object[]> rows, Map<Long, StoryTerms> terms, ReaderTaxonomy taxonomy) {
        List<PublishedStory> stories = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            Edition edition = Edition.valueOf((String) row[1]);
            StoryTerms its = terms.getOrDefault(id, StoryTerms.NONE);
            taxonomy.section(edition, ((Number) row[6]).longValue()).ifPresent(section -> stories.add(new PublishedStory(
                    id, edition, ArticleKind.valueOf((String) row[2]), (String) row[3], (String) row[4], (String) row[5],
                    (String) row[14], (String) row[10], (String) row[11], (String) row[12], ((Number) row[13]).intValue(),
                    section, ShelfColumns.instant(row[7]), ShelfColumns.instant(row[8]), (String) row[9], leadImage(row),
                    its.authors(), its.tags(), its.regions(), its.coverages())));
        }
        return stories;
    }

    static List<Long> ids(List<Object[]> rows) {
        return rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
    }

    private static LeadImage leadImage(Object[] row) {
        return row[15] == null ? null : new LeadImage(((Number) row[15]).longValue(), (String) row[16],
                ((Number) row[17]).intValue(), ((Number) row[18]).intValue(), (String) row[19], (String) row[20],
                (String) row[21]);
    }
}
