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
import org.newsroom.editorial.workflow.ActionRefused;

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
            throw new ActionRefused(ActionRefused.Why.INVALID, "Give a time range whose end is after its start");
        }
        if (Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
            throw new ActionRefused(ActionRefused.Why.INVALID, "The calendar shows at most " + LONGEST_RANGE.toDays() + " days at once");
        }
        List<CalendarEntry> entries = new ArrayList<>();
        entries.addAll(query("select new org.newsroom.editorial.calendar.CalendarEntry("
                + "org.newsroom.editorial.calendar.CalendarEntry.Kind.PUBLICATION, a.id, a.version, a.edition, a.headline, a.status, a.publishAt)"
                + " from Article a where a.status = :scheduled and a.publishAt >= :from and a.publishAt < :to", edition, from, to)
                .setParameter("scheduled", ArticleStatus.SCHEDULED).getResultList());
        entries.addAll(query("select new org.newsroom.editorial.calendar.CalendarEntry("
                + "org.newsroom.editorial.calendar.CalendarEntry.Kind.EMBARGO_ENDS, a.id, a.version, a.edition, a.headline, a.status, a.embargoUntil)"
                + " from Article a where a.embargoUntil >= :from and a.embargoUntil < :to and a.status <> :archived", edition, from, to)
                .setParameter("archived", ArticleStatus.ARCHIVED).getResultList());
        entries.sort(Comparator.comparing(CalendarEntry::at).thenComparing(CalendarEntry::articleId));
        return entries;
    }

    private TypedQuery<CalendarEntry> query(String jpql, Edition edition, Instant from, Instant to) {
        // Two texts rather than "(:e is null or ...)": PostgreSQL cannot type a bare null parameter.
        TypedQuery<CalendarEntry> query = em.createQuery(edition == null ? jpql : jpql + " and a.edition = :edition",
                CalendarEntry.class).setParameter("from", from).setParameter("to", to).setMaxResults(MAX_ENTRIES);
        return edition == null ? query : query.setParameter("edition", edition);
    }
}
