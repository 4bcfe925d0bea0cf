package org.newsroom.admin.api;

import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.listing.ArticleFilter;
import org.newsroom.editorial.listing.ArticleKey;

/**
 * The query parameters of {@code GET /articles}, read strictly: an unknown edition or state, a section or limit
 * that is not a number, a date that is not one, or a key the API did not write is a 400 problem naming the
 * parameter, never a silently wider list.
 */
final class StoryListQuery {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private StoryListQuery() {
    }

    static ArticleFilter filter(String edition, String section, List<String> statuses, String desk, String writer,
                                String text, String from, String to) {
        Edition chosen = blank(edition) ? null : Edition.fromCode(edition.strip().toLowerCase())
                .orElseThrow(() -> refused("edition must be one of en, ar, es"));
        return new ArticleFilter(chosen, blank(section) ? null : number("section", section), states(statuses),
                blank(writer) ? null : writer.strip(), blank(desk) ? null : desk.strip(),
                blank(from) ? null : time("from", from, false), blank(to) ? null : time("to", to, true),
                blank(text) ? null : text.strip());
    }

    static int limit(String limit) {
        if (blank(limit)) {
            return DEFAULT_LIMIT;
        }
        long value = number("limit", limit);
        if (value < 1 || value > MAX_LIMIT) {
            throw refused("limit must be between 1 and " + MAX_LIMIT);
        }
        return (int) value;
    }

    /** The key a previous page's {@code next} carried, or null for the first page. */
    static ArticleKey after(String after) {
        if (blank(after)) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(after.strip()), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 2) {
                throw refused("after must be the value of a previous page's next link");
            }
            return new ArticleKey(Instant.parse(parts[0]), Long.parseLong(parts[1]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw refused("after must be the value of a previous page's next link");
        }
    }

    static String encode(ArticleKey key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((key.createdAt() + "|" + key.id()).getBytes(StandardCharsets.UTF_8));
    }

    private static Set<ArticleStatus> states(List<String> names) {
        Set<ArticleStatus> states = EnumSet.noneOf(ArticleStatus.class);
        for (String listed : names == null ? List.<String>of() : names) {
            for (String name : listed.split(",")) {
                if (blank(name)) {
                    continue;
                }
                try {
                    states.add(ArticleStatus.valueOf(name.strip().toUpperCase().replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    throw refused("status must be one of " + List.of(ArticleStatus.values()));
                }
            }
        }
        return states;
    }

    /** An ISO-8601 instant, or a date (UTC): {@code from} its start, {@code to} through its end. */
    private static Instant time(String name, String value, boolean through) {
        String given = value.strip();
        try {
            if (given.length() == 10) {
                LocalDate day = LocalDate.parse(given);
                return (through ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(given);
        } catch (DateTimeParseException e) {
            throw refused(name + " must be a date (2026-12-01) or an ISO-8601 time (2026-12-01T09:30:00Z)");
        }
    }

    private static long number(String name, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw refused(name + " must be a whole number");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static ProblemException refused(String detail) {
        return new ProblemException(Response.Status.BAD_REQUEST, detail);
    }
}
