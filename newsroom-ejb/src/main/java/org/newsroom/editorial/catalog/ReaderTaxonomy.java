package org.newsroom.editorial.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsroom.domain.edition.Edition;

/**
 * An edition's sections, regions and coverages as readers see them, read once and kept in memory:
 * they are on every page (menus, teasers' section names) and change a few times a day. The page
 * cache's change listener forgets an edition when a {@code SITE} or {@code TAXONOMY} change arrives,
 * before it drops the pages, so no page is rendered again from an old menu; every node does the
 * same with its own copy. A section or term that is not (yet) here is looked up in the database, so
 * a reader never sees a 404 in the moment between a commit and its message.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class ReaderTaxonomy {

    /** What one edition's pages show around the stories. */
    public record Terms(List<SectionView> sections, Map<Long, SectionView> sectionsById,
                        List<TermView> regions, List<TermView> coverages) {

        static Terms of(List<SectionView> sections, List<TermView> regions, List<TermView> coverages) {
            return new Terms(List.copyOf(sections),
                    sections.stream().collect(Collectors.toUnmodifiableMap(SectionView::id, Function.identity())),
                    List.copyOf(regions), List.copyOf(coverages));
        }
    }

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    private final Map<Edition, Terms> kept = new ConcurrentHashMap<>();
    /** Counts forgets, so a read that began before one is not kept after it. */
    private final AtomicLong forgets = new AtomicLong();

    public Terms of(Edition edition) {
        Terms terms = kept.get(edition);
        if (terms != null) {
            return terms;
        }
        long before = forgets.get();
        Terms read = read(edition);
        synchronized (kept) {
            if (forgets.get() == before) {
                kept.put(edition, read);
            }
        }
        return read;
    }

    /** The section with this id, reading the edition again once when it is new. */
    public Optional<SectionView> section(Edition edition, long sectionId) {
        SectionView known = of(edition).sectionsById().get(sectionId);
        if (known != null) {
            return Optional.of(known);
        }
        forget(edition);
        return Optional.ofNullable(of(edition).sectionsById().get(sectionId));
    }

    /** A published story's reader path from its shelf columns: the one place that joins section and slug. */
    public String storyPath(Edition edition, long sectionId, String slug) {
        return edition.storyPath(section(edition, sectionId).map(SectionView::path).orElse(""), slug);
    }

    /** Drops what is kept for the edition; the next page reads it again. */
    public void forget(Edition edition) {
        synchronized (kept) {
            forgets.incrementAndGet();
            kept.remove(edition);
        }
    }

    private Terms read(Edition edition) {
        List<SectionView> sections = em.createQuery("select new org.newsroom.editorial.catalog.SectionView("
                        + "s.id, s.slug, s.name, p.slug, p.name) from Section s left join s.parent p "
                        + "where s.edition = :edition order by coalesce(p.position, s.position), "
                        + "case when p.id is null then 0 else 1 end, s.position, s.id", SectionView.class)
                .setParameter("edition", edition)
                .getResultList();
        return Terms.of(sections, terms("Region", edition), terms("Coverage", edition));
    }

    List<TermView> terms(String entity, Edition edition) {
        return em.createQuery(termSelect(entity) + "where t.edition = :edition order by t.name, t.id", TermView.class)
                .setParameter("edition", edition)
                .getResultList();
    }

    static String termSelect(String entity) {
        String description = entity.equals("Coverage") ? "t.description" : "cast(null as string)";
        return "select new org.newsroom.editorial.catalog.TermView(t.id, t.slug, t.name, " + description + ") from " + entity + " t ";
    }
}
