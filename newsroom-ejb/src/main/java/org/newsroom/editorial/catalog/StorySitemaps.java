package org.newsroom.editorial.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsroom.domain.edition.Edition;

/**
 * Published stories as sitemaps list them, off the reader shelf. The sitemap protocol allows 50,000
 * URLs per file, and an edition's archive holds more, so its articles are listed one month per
 * sitemap: the months that have stories are the shelf's kept month sizes ({@code month:EN:2026-11}
 * in {@code reader_list_size}, one primary-key range), and each month is one range of the
 * published-at index with a limit, plus one query for the translations of that range.
 */
@Stateless
@PermitAll
public class StorySitemaps {

    /** The sitemap protocol's limit of URLs per file. */
    public static final int MAX_SITEMAP_URLS = 50_000;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @EJB
    ReaderTaxonomy taxonomy;

    /** For every edition, the months (UTC) in which it has published stories, newest first: one range of the sizes' key. */
    @SuppressWarnings("unchecked")
    public Map<Edition, List<YearMonth>> months() {
        List<String> keys = em.createNativeQuery("select list_key from reader_list_size where list_key like 'month:%' "
                + "and stories > 0 order by list_key desc").getResultList();
        Map<Edition, List<YearMonth>> months = new EnumMap<>(Edition.class);
        for (Edition edition : Edition.values()) {
            months.put(edition, new ArrayList<>());
        }
        for (String key : keys) {
            String[] parts = key.split(":");
            months.get(Edition.valueOf(parts[1])).add(YearMonth.parse(parts[2]));
        }
        return months;
    }

    /** The edition's stories published in one month (UTC), newest first. */
    public List<SitemapEntry> month(Edition edition, YearMonth month) {
        return entries(edition, month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC), MAX_SITEMAP_URLS);
    }

    /** The edition's newest stories, at most {@code max} (and never more than a sitemap holds). */
    public List<SitemapEntry> newest(Edition edition, int max) {
        return entries(edition, null, null, Math.min(max, MAX_SITEMAP_URLS));
    }

    /** The edition's stories published since {@code after}, newest first: the news sitemap. */
    public List<SitemapEntry> since(Edition edition, Instant after, int max) {
        return entries(edition, after, null, Math.min(max, MAX_SITEMAP_URLS));
    }

    /** Newest first in {@code [from, to)} (either may be open), each with the editions it is translated into: two queries. */
    @SuppressWarnings("unchecked")
    private List<SitemapEntry> entries(Edition edition, Instant from, Instant to, int max) {
        String where = "where r.edition = :edition" + (from == null ? "" : " and r.published_at >= :from")
                + (to == null ? "" : " and r.published_at < :to");
        Query rows = em.createNativeQuery("select r.id, r.edition, r.section_id, r.slug, r.headline, r.published_at, "
                + "r.updated_at, r.translation_group from reader_story r " + where
                + " order by r.edition, r.published_at desc, r.id desc");
        Query translated = em.createNativeQuery("select r.id, t.edition, t.section_id, t.slug from reader_story r "
                + "join reader_story t on t.translation_group = r.translation_group and t.id <> r.id " + where);
        for (Query q : List.of(rows, translated)) {
            q.setParameter("edition", edition.name());
            if (from != null) {
                q.setParameter("from", from);
            }
            if (to != null) {
                q.setParameter("to", to);
            }
        }
        Map<Long, List<Translation>> translations = new HashMap<>();
        for (Object[] t : (List<Object[]>) translated.getResultList()) {
            Edition other = Edition.valueOf((String) t[1]);
            translations.computeIfAbsent(((Number) t[0]).longValue(), k -> new ArrayList<>())
                    .add(new Translation(other, taxonomy.storyPath(other, ((Number) t[2]).longValue(), (String) t[3])));
        }
        List<SitemapEntry> entries = new ArrayList<>();
        for (Object[] r : (List<Object[]>) rows.setMaxResults(max).getResultList()) {
            long id = ((Number) r[0]).longValue();
            Edition own = Edition.valueOf((String) r[1]);
            Instant published = ShelfColumns.instant(r[5]);
            Instant updated = ShelfColumns.instant(r[6]);
            List<Translation> others = translations.getOrDefault(id, List.of()).stream()
                    .sorted(Comparator.comparing(Translation::edition)).toList();
            entries.add(new SitemapEntry(own, taxonomy.storyPath(own, ((Number) r[2]).longValue(), (String) r[3]),
                    (String) r[4], published, updated != null && updated.isAfter(published) ? updated : published, others));
        }
        return entries;
    }

    /** When anything of the edition last changed for readers, for a sitemap index's lastmod: two index reads. */
    public Optional<Instant> lastChange(Edition edition) {
        Optional<Instant> published = newestOf("published_at", edition);
        Optional<Instant> updated = newestOf("updated_at", edition);
        if (published.isEmpty()) {
            return updated;
        }
        return Optional.of(updated.filter(u -> u.isAfter(published.get())).orElse(published.get()));
    }

    private Optional<Instant> newestOf(String column, Edition edition) {
        return em.createNativeQuery("select r." + column + " from reader_story r where r.edition = :edition and r." + column
                        + " is not null order by r.edition, r." + column + " desc")
                .setParameter("edition", edition.name()).setMaxResults(1)
                .getResultList().stream().findFirst().map(ShelfColumns::instant);
    }
}
