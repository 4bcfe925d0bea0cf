package org.newsroom.editorial;

import static org.newsroom.editorial.ActionRefused.Why.RULE;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsroom.domain.refusal.Reason;

/**
 * The one place where the database's refusal of a duplicate becomes a sentence. The services
 * look before they insert (a story's slug, a tag's name, a user name…) and refuse a duplicate in
 * their own words; but two creates of the same name at the same moment both look, both find
 * nothing, and the second insert then fails on the unique constraint. That is a lost race, not a
 * failure of ours: the boundaries (staff API, console) ask here and answer 409 with a sentence
 * that names what was taken, never the database's text.
 *
 * <p>Recognised on both databases: a unique violation is SQLState {@code 23505} on H2 and
 * PostgreSQL; H2 reports an insert that meets another transaction's uncommitted row with the same
 * key as error {@code 90131} ("concurrent update") instead, which here means the same. Which table
 * it was is read from the message (H2 names the table, PostgreSQL the constraint, which our
 * migrations name after the table).
 */
public final class Duplicates {

    static final String UNIQUE_VIOLATION = "23505";
    static final String H2_CONCURRENT_UPDATE = "90131";

    /** What a lost race means, per table; longer names first, so that {@code coverage_pin} is not read as {@code coverage}. */
    private static final Map<String, Reason> TAKEN = new LinkedHashMap<>();

    static {
        TAKEN.put("edit_lease", Reason.RACE_EDIT_LEASE);
        TAKEN.put("reader_story", Reason.RACE_STORY_SLUG);
        TAKEN.put("static_page", Reason.RACE_PAGE);
        TAKEN.put("coverage_pin", Reason.RACE_COVERAGE_PIN);
        TAKEN.put("staff_user", Reason.RACE_USER_NAME);
        TAKEN.put("api_token", Reason.RACE_TOKEN);
        TAKEN.put("coverage", Reason.RACE_COVERAGE);
        TAKEN.put("section", Reason.RACE_SECTION);
        TAKEN.put("article", Reason.RACE_STORY_SLUG);
        TAKEN.put("region", Reason.RACE_REGION);
        TAKEN.put("author", Reason.RACE_AUTHOR);
        TAKEN.put("tag", Reason.RACE_TAG);
    }

    /** H2: {@code … ON PUBLIC.TAG(EDITION …} (23505) or {@code … in table "TAG": …} (90131). */
    private static final Pattern H2_TABLE = Pattern.compile("(?: on public\\.\"?|in table \"?)([a-z_]+)");
    /** PostgreSQL: {@code … violates unique constraint "tag_slug_unique"}. */
    private static final Pattern PG_CONSTRAINT = Pattern.compile("unique constraint \"([a-z_0-9]+)\"");

    private Duplicates() {
    }

    /**
     * The refusal for a failure that was a duplicate insert (or update) losing a race, empty for
     * any other failure. A clash of revision numbers is a stale save of the story, as
     * {@link ArticleForWrite} says it.
     */
    public static Optional<ActionRefused> refusal(Throwable failure) {
        return clash(failure, 0).map(Duplicates::sentenceFor);
    }

    private static ActionRefused sentenceFor(SQLException clash) {
        String table = table(String.valueOf(clash.getMessage()).toLowerCase(Locale.ROOT));
        if ("revision".equals(table)) {
            return ArticleForWrite.staleBySomeone();
        }
        return new ActionRefused(RULE, table == null ? Reason.RACE_SOMETHING : TAKEN.getOrDefault(table, Reason.RACE_SOMETHING));
    }

    /** The table the message names, if it is one of ours. */
    static String table(String message) {
        Matcher h2 = H2_TABLE.matcher(message);
        if (h2.find()) {
            return known(h2.group(1), true);
        }
        Matcher pg = PG_CONSTRAINT.matcher(message);
        return pg.find() ? known(pg.group(1), false) : null;
    }

    private static String known(String name, boolean exact) {
        if ("revision".equals(name) || name.startsWith("revision_")) {
            return "revision";
        }
        for (String table : TAKEN.keySet()) {
            if (exact ? name.equals(table) : name.startsWith(table + "_")) {
                return table;
            }
        }
        return null;
    }

    /** The database's own exception, among the causes or attached as suppressed, when it says "duplicate". */
    private static Optional<SQLException> clash(Throwable failure, int depth) {
        if (failure == null || depth > 20) {
            return Optional.empty();
        }
        if (failure instanceof SQLException sql
                && (UNIQUE_VIOLATION.equals(sql.getSQLState()) || H2_CONCURRENT_UPDATE.equals(sql.getSQLState()))) {
            return Optional.of(sql);
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            Optional<SQLException> found = clash(suppressed, depth + 1);
            if (found.isPresent()) {
                return found;
            }
        }
        return failure.getCause() == failure ? Optional.empty() : clash(failure.getCause(), depth + 1);
    }
}
