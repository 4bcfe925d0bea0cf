package org.newsroom.editorial.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.domain.refusal.Reason;

/** Scheduled publications and embargo ends between two instants, for everyone in the newsroom to see. */
@Stateless
public class PublicationCalendar {

    /** A calendar shows at most a few weeks; a longer range is a mistake, not a wish. */
    static final Duration LONGEST_RANGE = Duration.ofDays(62);
    static final int MAX_ENTRIES = 1000;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    /** Entries in {@code [from, to)}, of one edition or (null) all, soonest first. */
    @RolesAllowed(Role.WRITER_NAME)
    public List<CalendarEntry> between(Instant from, Instant to, Edition edition) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.CALENDAR_RANGE_BACKWARDS);
        }
        if (Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.CALENDAR_RANGE_TOO_LONG, LONGEST_RANGE.toDays());
        }
        List<CalendarEntry> entries = new ArrayList<>();
        entries.addAll(query(CalendarEntry.Kind.PUBLICATION, "a.publishAt", "a.status = :status", edition, from, to,
                ArticleStatus.SCHEDULED));
        entries.addAll(query(CalendarEntry.Kind.EMBARGO_ENDS, "a.embargoUntil", "a.status <> :status", edition, from, to,
                ArticleStatus.ARCHIVED));
        entries.sort(Comparator.comparing(CalendarEntry::at).thenComparing(CalendarEntry::articleId));
        return entries;
    }

    private List<CalendarEntry> query(CalendarEntry.Kind kind, String time, String statusCondition, Edition edition,
                                      Instant from, Instant to, ArticleStatus status) {
        // Two texts rather than "(:e is null or ...)": PostgreSQL cannot type a bare null parameter.
        String jpql = "select a.id, a.version, a.edition, a.headline, a.status, " + time + " from Article a where "
                + statusCondition + " and " + time + " >= :from and " + time + " < :to"
                + (edition == null ? "" : " and a.edition = :edition");
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("status", status)
                .setParameter("from", from).setParameter("to", to).setMaxResults(MAX_ENTRIES);
        if (edition != null) {
            query.setParameter("edition", edition);
        }
        return query.getResultStream().map(row -> new CalendarEntry(kind, (Long) row[0], (Long) row[1], (Edition) row[2],
                (String) row[3], (ArticleStatus) row[4], (Instant) row[5])).toList();
    }
}
