package org.newsroom.editorial.catalog;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The names of the lists readers page through, as {@code reader_list_size} keys them (schema V16):
 * {@code edition:EN}, {@code top:ID} (a top-level section with its subsections), {@code section:ID},
 * {@code R|T|C|A:ID:EN} for a region, tag, coverage or author's stories in one edition, and
 * {@code month:EN:2026-11} for an edition's stories published in one month (UTC), which the sitemaps
 * list month by month. The letters are also {@code reader_story_term.term_kind}; the public API's
 * queries ({@link ShelfQuery}) use them from here.
 */
public final class ListKeys {

    public static final String REGION = "R";
    public static final String TAG = "T";
    public static final String COVERAGE = "C";
    public static final String AUTHOR = "A";

    private ListKeys() {
    }

    static String edition(String code) {
        return "edition:" + code;
    }

    static String topSection(long sectionId) {
        return "top:" + sectionId;
    }

    static String section(long sectionId) {
        return "section:" + sectionId;
    }

    static String term(String kind, long termId, String editionCode) {
        return kind + ":" + termId + ":" + editionCode;
    }

    /** The month (UTC) in which an edition published a story. */
    static String month(String editionCode, Instant publishedAt) {
        return "month:" + editionCode + ":" + YearMonth.from(publishedAt.atOffset(ZoneOffset.UTC));
    }
}
