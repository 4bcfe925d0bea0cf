package org.newsroom.editorial.catalog;

/**
 * The names of the lists readers page through, as {@code reader_list_size} keys them (schema V16):
 * {@code edition:EN}, {@code top:ID} (a top-level section with its subsections), {@code section:ID},
 * and {@code R|T|C|A:ID:EN} for a region, tag, coverage or author's stories in one edition. The
 * letters are also {@code reader_story_term.term_kind}; the public API's queries ({@code published})
 * use them from here.
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
}
