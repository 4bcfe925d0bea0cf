package org.newsroom.editorial.reading;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newsroom.domain.edition.Edition;

/**
 * The chart of each edition's most read published stories over the last 48 hours, worked out at
 * most once per {@link #REFRESH} and kept in memory. The aggregate over the read buckets costs
 * more the more different stories people read (a crawl of the archive by humans makes it
 * thousands); reads reach the buckets only every ten seconds anyway ({@link ReadCounter}), so
 * working it out for every page that shows the chart would buy nothing. While one request works
 * out a new chart, the others keep showing the last one.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MostRead {

    /** How far back the chart looks. */
    public static final int WINDOW_HOURS = 48;
    /** The longest chart anyone asks for (pages show 5, the public API up to this). */
    public static final int LONGEST = 20;
    /** As often as the read counter writes its buckets. */
    static final Duration REFRESH = Duration.ofSeconds(10);

    private record Chart(List<Long> storyIds, long workedOutAt) {
    }

    private final Map<Edition, Chart> charts = new ConcurrentHashMap<>();
    private final Map<Edition, AtomicBoolean> refreshing = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    /** The edition's most read story ids, most read first, at most {@link #LONGEST}. */
    public List<Long> storyIds(Edition edition) {
        Chart chart = charts.get(edition);
        if (chart != null && System.nanoTime() - chart.workedOutAt() < REFRESH.toNanos()) {
            return chart.storyIds();
        }
        AtomicBoolean mine = refreshing.computeIfAbsent(edition, e -> new AtomicBoolean());
        if (chart != null && !mine.compareAndSet(false, true)) {
            return chart.storyIds();
        }
        try {
            Chart fresh = new Chart(workOut(edition), System.nanoTime());
            charts.put(edition, fresh);
            return fresh.storyIds();
        } finally {
            mine.set(false);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Long> workOut(Edition edition) {
        List<Number> ids = em.createNativeQuery("select x.article_id from article_read_hourly x "
                        + "join reader_story r on r.id = x.article_id where r.edition = ?1 and x.hour_start >= ?2 "
                        + "group by x.article_id order by sum(x.reads) desc, x.article_id")
                .setParameter(1, edition.name())
                .setParameter(2, Instant.now().truncatedTo(ChronoUnit.HOURS).minus(WINDOW_HOURS, ChronoUnit.HOURS))
                .setMaxResults(LONGEST)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
