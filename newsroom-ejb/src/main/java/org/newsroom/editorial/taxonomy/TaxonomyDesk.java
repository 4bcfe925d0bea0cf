package org.newsroom.editorial.taxonomy;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Locale;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.staff.Role;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.taxonomy.Coverage;
import org.newsroom.domain.taxonomy.Region;
import org.newsroom.domain.taxonomy.Section;
import org.newsroom.domain.taxonomy.Tag;
import org.newsroom.editorial.audit.AuditTrail;
import org.newsroom.editorial.change.ContentChanged;
import org.newsroom.editorial.publishing.ContentChangedChannel;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.domain.refusal.Reason;

/**
 * Taxonomy for chief editors: the section tree (create, delete when unused, names and
 * menu order), regions (create, delete when unused, names), tags (rename; merge one into
 * another, its stories move over and its page goes) and coverages (create, add and remove
 * stories). Names change, addresses (slugs) never do: a slug is chosen once, at creation.
 * Each change is audited and announced to the reader site in the same transaction.
 */
@Stateless
public class TaxonomyDesk {

    private static final int MAX_NAME = 120;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    @EJB
    ContentChangedChannel contentChanged;

    /** Tags of an edition whose name contains {@code text} (all when blank), by name, at most 200. */
    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public List<TagView> tags(Edition edition, String text) {
        if (edition == null) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.EDITION_NOT_CHOSEN);
        }
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery("select new org.newsroom.editorial.taxonomy.TagView(t.id, t.edition, t.slug, t.name,"
                        + " (select count(a) from Article a join a.tags at where at = t))"
                        + " from Tag t where t.edition = :e and lower(t.name) like :like order by t.name, t.id", TagView.class)
                .setParameter("e", edition).setParameter("like", like).setMaxResults(200).getResultList();
    }

    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public TagView renameTag(long tagId, String newName) {
        Tag tag = requireTag(tagId);
        String name = requireName(newName, Reason.TAG_NAME_MISSING, Reason.TAG_NAME_TOO_LONG);
        String before = tag.getName();
        tag.rename(name);
        audit.record(caller(), AuditAction.TAXONOMY_CHANGED, null, "tag " + tag.getEdition().code() + "/" + tag.getSlug()
                + " renamed from \"" + before + "\" to \"" + name + "\"");
        announce(tag, List.of(tag.getSlug()));
        return view(tag);
    }

    /** Moves every story of {@code fromId} to {@code intoId} and removes {@code fromId}. */
    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public TagView mergeTags(long fromId, long intoId) {
        if (fromId == intoId) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.TAG_MERGE_SAME);
        }
        Tag from = requireTag(fromId);
        Tag into = requireTag(intoId);
        if (from.getEdition() != into.getEdition()) {
            throw new ActionRefused(ActionRefused.Why.RULE, Reason.TAG_MERGE_EDITIONS);
        }
        // The published stories are found before the move (afterwards they no longer carry the tag) and
        // announced after it: announcing restocks each story's reader shelf rows from its tags as they are then.
        List<Object[]> published = publishedWith(from);
        List<Article> stories = em.createQuery("select a from Article a join a.tags t where t = :tag", Article.class)
                .setParameter("tag", from).getResultList();
        int moved = 0;
        for (Article story : stories) {
            try {
                if (story.replaceTag(from, into)) {
                    moved++;
                }
            } catch (DomainRuleViolation e) {
                throw new ActionRefused(ActionRefused.Why.RULE, e.refusal());
            }
        }
        em.flush();
        em.remove(from);
        audit.record(caller(), AuditAction.TAXONOMY_CHANGED, null, "tag " + from.getEdition().code() + "/" + from.getSlug()
                + " merged into " + into.getSlug() + " (" + moved + " stories)");
        announce(from.getEdition(), published, List.of(from.getSlug(), into.getSlug()));
        if (stories.isEmpty()) {
            announce(into, List.of(from.getSlug(), into.getSlug()));
        }
        return view(into);
    }

    // ---- sections ---------------------------------------------------------------------------

    /** The section tree of an edition, parents before their children, each level in menu order. */
    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public List<SectionNode> sections(Edition edition) {
        requireEdition(edition);
        List<SectionNode> all = em.createQuery("select new org.newsroom.editorial.taxonomy.SectionNode(s.id, s.edition, s.slug, s.name,"
                        + " p.id, s.position, (select count(a) from Article a where a.section = s))"
                        + " from Section s left join s.parent p where s.edition = :e order by s.position, s.id", SectionNode.class)
                .setParameter("e", edition).getResultList();
        List<SectionNode> ordered = new java.util.ArrayList<>();
        for (SectionNode top : all) {
            if (top.parentId() == null) {
                ordered.add(top);
                all.stream().filter(s -> top.id() == (s.parentId() == null ? -1 : s.parentId())).forEach(ordered::add);
            }
        }
        return ordered;
    }

    /** The name readers of the section's edition see in menus and headings; the address (slug) stays. */
    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public SectionNode renameSection(long sectionId, String newName) {
        Section section = requireSection(sectionId);
        String name = requireName(newName, Reason.SECTION_NAME_MISSING, Reason.SECTION_NAME_TOO_LONG);
        String before = section.getName();
        section.rename(name);
        audit.record(caller(), AuditAction.TAXONOMY_CHANGED, null, "section " + section.getEdition().code() + "/" + section.path()
                + " renamed from \"" + before + "\" to \"" + name + "\"");
        announceSite(section);
        return node(section);
    }

    /** Moves a section one place up ({@code -1}) or down ({@code +1}) among its siblings in the menu. */
    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public SectionNode moveSection(long sectionId, int direction) {
        if (direction != -1 && direction != 1) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.SECTION_MOVES_ONE_PLACE);
        }
        Section section = requireSection(sectionId);
        List<Section> siblings = (section.getParent() == null
                ? em.createQuery("select s from Section s where s.edition = :e and s.parent is null order by s.position, s.id", Section.class)
                        .setParameter("e", section.getEdition())
                : em.createQuery("select s from Section s where s.parent = :p order by s.position, s.id", Section.class)
                        .setParameter("p", section.getParent())).getResultList();
        int at = siblings.indexOf(section);
        int to = at + direction;
        if (to < 0 || to >= siblings.size()) {
            throw new ActionRefused(ActionRefused.Why.RULE, direction < 0 ? Reason.SECTION_ALREADY_FIRST : Reason.SECTION_ALREADY_LAST,
                    section.getName());
        }
        java.util.Collections.swap(siblings, at, to);
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).moveTo(i + 1);
        }
        audit.record(caller(), AuditAction.TAXONOMY_CHANGED, null, "section " + section.getEdition().code() + "/" + section.path()
                + " moved " + (direction < 0 ? "up" : "down") + " to place " + (to + 1));
        announceSite(section);
        return node(section);
    }


    /**
     * A new section at the end of its menu: top level ({@code parentId} null) or a
     * subsection of a top-level section of the same edition. Its address is {@code slug},
     * or made from the name when blank; it must be a slug, free in the edition (feeds and
     * the page cache name sections by slug alone) and not one of the reader site's own words.
     */
    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public SectionNode createSection(Edition edition, Long parentId, String name, String slug) {
        requireEdition(edition);
        String title = requireName(name, Reason.SECTION_NAME_MISSING, Reason.SECTION_NAME_TOO_LONG);
        Section parent = null;
        if (parentId != null) {
            parent = em.find(Section.class, parentId);
            if (parent == null) {
                throw new ActionRefused(ActionRefused.Why.NOT_FOUND, Reason.NO_PARENT_SECTION, parentId);
            }
            if (parent.getEdition() != edition) {
                throw new ActionRefused(ActionRefused.Why.RULE, Reason.PARENT_OF_ANOTHER_EDITION, parent.getName(),
                        parent.getEdition().code(), edition.code());
            }
            if (!parent.isTopLevel()) {
                throw new ActionRefused(ActionRefused.Why.RULE, Reason.PARENT_IS_SUBSECTION, parent.getName());
            }
        }
        Slug address = requireSlug(slug, title);
        if (Section.isReserved(address)) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.SECTION_ADDRESS_RESERVED, address.value(),
                    String.join(", ", new java.util.TreeSet<>(Section.RESERVED_SLUGS)));
        }
        List<String> taken = em.createQuery("select s from Section s where s.edition = :e and s.slug = :s", Section.class)
                .setParameter("e", edition).setParameter("s", address.value()).getResultStream().map(Section::path).toList();
        if (!taken.isEmpty()) {
            throw new ActionRefused(ActionRefused.Why.RULE, Reason.SECTION_ADDRESS_TAKEN, edition.code(), address.value(),
                    "/" + edition.code() + "/" + taken.get(0) + "/");
        }
        Integer last = (parent == null
                ? em.createQuery("select max(s.position) from Section s where s.edition = :e and s.parent is null", Integer.class)
                        .setParameter("e", edition)
                : em.createQuery("select max(s.position) from Section s where s.parent = :p", Integer.class)
                        .setParameter("p", parent)).getSingleResult();
        int position = last == null ? 1 : last + 1;
        Section section;
        try {
            section = parent == null ? Section.topLevel(edition, title, address, position)
                    : parent.subsection(title, address, position);
        } catch (DomainRuleViolation e) {
            throw new ActionRefused(ActionRefused.Why.RULE, e.refusal());
        }
        em.persist(section);
        flush(Reason.SECTION_ADDRESS_RACED, address.value());
        audit.record(caller(), AuditAction.TAXONOMY_CHANGED, null, "section " + edition.code() + "/" + section.path()
                + " created as \"" + title + "\"");
        announceSite(section);
        return node(section);
    }

    /** Removes a section nothing uses: no story in any status (drafts too) and no subsection. */
    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public void deleteSection(long sectionId) {
        Section section = requireSection(sectionId);
        long subsections = em.createQuery("select count(s) from Section s where s.parent = :p", Long.class)
                .setParameter("p", section).getSingleResult();
        if (subsections > 0) {
            throw new ActionRefused(ActionRefused.Why.RULE, Reason.SECTION_HAS_SUBSECTIONS, section.getName(), subsections);
        }
        long stories = em.createQuery("select count(a) from Article a where a.section = :s", Long.class)
                .setParameter("s", section).getSingleResult();
        if (stories > 0) {
            throw new ActionRefused(ActionRefused.Why.RULE, Reason.SECTION_IN_USE, section.getName(), stories);
        }
        String path = section.path();
        announceSite(section);
        em.remove(section);
        flush(Reason.SECTION_USE_RACED, section.getName());
        audit.record(caller(), AuditAction.TAXONOMY_CHANGED, null, "section " + section.getEdition().code() + "/" + path
                + " (\"" + section.getName() + "\") deleted");
    }

    // ---- regions and coverages -----------------------------------------------------------------

    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public List<TermView> regions(Edition edition) {
        requireEdition(edition);
        return em.createQuery("select r.id, r.slug, r.name, (select count(a) from Article a join a.regions ar where ar = r)"
                        + " from Region r where r.edition = :e order by r.name, r.id", Object[].class)
                .setParameter("e", edition).getResultStream()
                .map(row -> new TermView((Long) row[0], edition, (String) row[1], (String) row[2], null, (Long) row[3])).toList();
    }

    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public TermView renameRegion(long regionId, String newName) {
        Region region = requireRegion(regionId);
        String name = requireName(newName, Reason.REGION_NAME_MISSING, Reason.REGION_NAME_TOO_LONG);
        String before = region.getName();
        region.rename(name);
        audit.record(caller(), AuditAction.TAXONOMY_CHANGED, null, "region " + region.getEdition().code() + "/" + region.getSlug()
                + " renamed from \"" + before + "\" to \"" + name + "\"");
        // The region menu is on every page of the edition, not only on its stories' pages.
        announceMenus(region.getEdition());
        return regionView(region);
    }

    /** A new region of the edition; its address is {@code slug}, or made from the name when blank, and must be free. */
    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public TermView createRegion(Edition edition, String name, String slug) {
        requireEdition(edition);
        String title = requireName(name, Reason.REGION_NAME_MISSING, Reason.REGION_NAME_TOO_LONG);
        Slug address = requireSlug(slug, title);
        long taken = em.createQuery("select count(r) from Region r where r.edition = :e and r.slug = :s", Long.class)
                .setParameter("e", edition).setParameter("s", address.value()).getSingleResult();
        if (taken > 0) {
            throw new ActionRefused(ActionRefused.Why.RULE, Reason.REGION_ADDRESS_TAKEN, edition.code(),
                    "/" + edition.code() + "/region/" + address.value() + "/");
        }
        Region region = new Region(edition, title, address);
        em.persist(region);
        flush(Reason.REGION_ADDRESS_RACED, address.value());
        audit.record(caller(), AuditAction.TAXONOMY_CHANGED, null, "region " + edition.code() + "/" + address.value()
                + " created as \"" + title + "\"");
        announceMenus(edition);
        return regionView(region);
    }

    /** Removes a region no story (in any status) is about. */
    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public void deleteRegion(long regionId) {
        Region region = requireRegion(regionId);
        long stories = em.createQuery("select count(a) from Article a join a.regions r where r = :r", Long.class)
                .setParameter("r", region).getSingleResult();
        if (stories > 0) {
            throw new ActionRefused(ActionRefused.Why.RULE, Reason.REGION_IN_USE, region.getName(), stories);
        }
        em.remove(region);
        flush(Reason.REGION_USE_RACED, region.getName());
        audit.record(caller(), AuditAction.TAXONOMY_CHANGED, null, "region " + region.getEdition().code() + "/" + region.getSlug()
                + " (\"" + region.getName() + "\") deleted");
        announceMenus(region.getEdition());
    }

    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public List<TermView> coverages(Edition edition) {
        requireEdition(edition);
        return em.createQuery("select new org.newsroom.editorial.taxonomy.TermView(c.id, c.edition, c.slug, c.name, c.description,"
                        + " (select count(a) from Article a join a.coverages ac where ac = c))"
                        + " from Coverage c where c.edition = :e order by c.name, c.id", TermView.class)
                .setParameter("e", edition).getResultList();
    }

    /** A new coverage of the edition; its address comes from the name and must be free. */
    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public TermView createCoverage(Edition edition, String name, String description) {
        requireEdition(edition);
        String title = requireName(name, Reason.COVERAGE_NAME_MISSING, Reason.COVERAGE_NAME_TOO_LONG);
        String standfirst = description == null || description.isBlank() ? null : description.strip();
        if (standfirst != null && standfirst.length() > 600) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.COVERAGE_DESCRIPTION_TOO_LONG, 600);
        }
        Slug slug;
        try {
            slug = Slug.from(title);
        } catch (RuntimeException e) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.NAME_GIVES_NO_ADDRESS);
        }
        long taken = em.createQuery("select count(c) from Coverage c where c.edition = :e and c.slug = :s", Long.class)
                .setParameter("e", edition).setParameter("s", slug.value()).getSingleResult();
        if (taken > 0) {
            throw new ActionRefused(ActionRefused.Why.RULE, Reason.COVERAGE_ADDRESS_TAKEN, edition.code(),
                    "/" + edition.code() + "/coverage/" + slug.value() + "/");
        }
        Coverage coverage = new Coverage(edition, title, slug, standfirst);
        em.persist(coverage);
        em.flush();
        audit.record(caller(), AuditAction.TAXONOMY_CHANGED, null, "coverage " + edition.code() + "/" + slug.value() + " created");
        contentChanged.send(new ContentChanged(ContentChanged.TAXONOMY, 0, edition.code(), null, List.of(),
                List.of(coverage.getSlug()), List.of()));
        return coverageView(coverage);
    }

    /** The stories of a coverage, newest first (as its reader page lists them). */
    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public List<CoverageStory> coverageStories(long coverageId) {
        Coverage coverage = requireCoverage(coverageId);
        return em.createQuery("select a from Article a join a.coverages c where c = :c order by a.publishedAt desc nulls last, a.id desc",
                        Article.class)
                .setParameter("c", coverage).setMaxResults(500).getResultStream()
                .map(a -> new CoverageStory(a.getId(), a.getHeadline(), a.getStatus().name(), a.getPublishedAt())).toList();
    }

    /** Adds a story of the same edition to a coverage, or ({@code in} false) takes it out. */
    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public TermView curate(long coverageId, long articleId, boolean in) {
        Coverage coverage = requireCoverage(coverageId);
        Article story = em.find(Article.class, articleId);
        if (story == null) {
            throw new ActionRefused(ActionRefused.Why.NOT_FOUND, Reason.NO_STORY, articleId);
        }
        boolean changed;
        try {
            changed = in ? story.joinCoverage(coverage) : story.leaveCoverage(coverage);
        } catch (DomainRuleViolation e) {
            throw new ActionRefused(ActionRefused.Why.RULE, Reason.STORY_OUTSIDE_COVERAGE_EDITION, articleId);
        }
        if (!changed) {
            throw new ActionRefused(ActionRefused.Why.RULE, in ? Reason.STORY_ALREADY_IN_COVERAGE : Reason.STORY_NOT_IN_COVERAGE,
                    articleId, coverage.getName());
        }
        em.flush();
        audit.record(caller(), AuditAction.TAXONOMY_CHANGED, articleId, "coverage " + coverage.getEdition().code() + "/"
                + coverage.getSlug() + (in ? " gained" : " lost") + " story " + articleId);
        if (story.getStatus() == ArticleStatus.PUBLISHED) {
            contentChanged.send(new ContentChanged(ContentChanged.TAXONOMY, articleId, story.getEdition().code(),
                    story.getSection().getSlug(), List.of(), List.of(coverage.getSlug()), List.of()));
        }
        return coverageView(coverage);
    }

    private void announceSite(Section section) {
        contentChanged.send(new ContentChanged(ContentChanged.SITE, 0, section.getEdition().code(), section.getSlug(),
                List.of(), List.of(), List.of()));
    }

    /** The region menu and the section menu are on every page of the edition: all of them go. */
    private void announceMenus(Edition edition) {
        contentChanged.send(new ContentChanged(ContentChanged.SITE, 0, edition.code(), null, List.of(), List.of(), List.of()));
    }

    /** Writes now, so that a row another transaction just wrote (same address, a new story) refuses here, readably. */
    private void flush(Reason whenRaced, Object... arguments) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new ActionRefused(ActionRefused.Why.RULE, whenRaced, arguments);
        }
    }

    /** The typed address, or one made from the name when none is typed. */
    private static Slug requireSlug(String typed, String name) {
        String value = typed == null ? "" : typed.strip();
        if (value.isEmpty()) {
            try {
                return Slug.from(name);
            } catch (IllegalArgumentException e) {
                throw new ActionRefused(ActionRefused.Why.INVALID, Reason.NAME_GIVES_NO_ADDRESS_TYPE_ONE);
            }
        }
        if (!Slug.isValid(value)) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.ADDRESS_UNUSABLE, value, Slug.MAX_LENGTH);
        }
        return Slug.of(value);
    }

    private Region requireRegion(long id) {
        Region region = em.find(Region.class, id);
        if (region == null) {
            throw new ActionRefused(ActionRefused.Why.NOT_FOUND, Reason.NO_REGION, id);
        }
        return region;
    }

    private void announceStories(Edition edition, List<Object[]> idAndSection, List<String> tags, List<String> coverages) {
        for (Object[] row : idAndSection) {
            contentChanged.send(new ContentChanged(ContentChanged.TAXONOMY, (Long) row[0], edition.code(), (String) row[1],
                    tags, coverages, List.of()));
        }
        contentChanged.send(new ContentChanged(ContentChanged.TAXONOMY, 0, edition.code(), null, tags, coverages, List.of()));
    }

    private SectionNode node(Section s) {
        long stories = em.createQuery("select count(a) from Article a where a.section = :s", Long.class).setParameter("s", s)
                .getSingleResult();
        return new SectionNode(s.getId(), s.getEdition(), s.getSlug(), s.getName(),
                s.getParent() == null ? null : s.getParent().getId(), s.getPosition(), stories);
    }

    private TermView regionView(Region r) {
        long stories = em.createQuery("select count(a) from Article a join a.regions x where x = :r", Long.class)
                .setParameter("r", r).getSingleResult();
        return new TermView(r.getId(), r.getEdition(), r.getSlug(), r.getName(), null, stories);
    }

    private TermView coverageView(Coverage c) {
        long stories = em.createQuery("select count(a) from Article a join a.coverages x where x = :c", Long.class)
                .setParameter("c", c).getSingleResult();
        return new TermView(c.getId(), c.getEdition(), c.getSlug(), c.getName(), c.getDescription(), stories);
    }

    private Section requireSection(long id) {
        Section section = em.find(Section.class, id);
        if (section == null) {
            throw new ActionRefused(ActionRefused.Why.NOT_FOUND, Reason.NO_SECTION, id);
        }
        return section;
    }

    private Coverage requireCoverage(long id) {
        Coverage coverage = em.find(Coverage.class, id);
        if (coverage == null) {
            throw new ActionRefused(ActionRefused.Why.NOT_FOUND, Reason.NO_COVERAGE, id);
        }
        return coverage;
    }

    private static void requireEdition(Edition edition) {
        if (edition == null) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.EDITION_NOT_CHOSEN);
        }
    }

    /** A name of at most {@link #MAX_NAME} characters, or refused with the sentences of this kind of term. */
    private static String requireName(String newName, Reason missing, Reason tooLong) {
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty()) {
            throw new ActionRefused(ActionRefused.Why.INVALID, missing);
        }
        if (name.length() > MAX_NAME) {
            throw new ActionRefused(ActionRefused.Why.INVALID, tooLong, MAX_NAME);
        }
        return name;
    }

    /**
     * One message per published story carrying the tag (its page shows the tag), naming
     * the given tag slugs; and one for the tag pages themselves when no story is published.
     */
    private void announce(Tag tag, List<String> tagSlugs) {
        announce(tag.getEdition(), publishedWith(tag), tagSlugs);
    }

    /** The id and section slug of each published story carrying the tag. */
    private List<Object[]> publishedWith(Tag tag) {
        return em.createQuery("select a.id, s.slug from Article a join a.section s join a.tags t"
                        + " where t = :tag and a.status = :published", Object[].class)
                .setParameter("tag", tag).setParameter("published", ArticleStatus.PUBLISHED).getResultList();
    }

    private void announce(Edition edition, List<Object[]> published, List<String> tagSlugs) {
        for (Object[] row : published) {
            contentChanged.send(new ContentChanged(ContentChanged.TAXONOMY, (Long) row[0], edition.code(),
                    (String) row[1], tagSlugs, List.of(), List.of()));
        }
        if (published.isEmpty()) {
            // No story page to name: id 0 names no article, the tag pages and the edition's lists go.
            contentChanged.send(new ContentChanged(ContentChanged.TAXONOMY, 0, edition.code(), null,
                    tagSlugs, List.of(), List.of()));
        }
    }

    private TagView view(Tag tag) {
        long stories = em.createQuery("select count(a) from Article a join a.tags t where t = :tag", Long.class)
                .setParameter("tag", tag).getSingleResult();
        return new TagView(tag.getId(), tag.getEdition(), tag.getSlug(), tag.getName(), stories);
    }

    private Tag requireTag(long id) {
        Tag tag = em.find(Tag.class, id);
        if (tag == null) {
            throw new ActionRefused(ActionRefused.Why.NOT_FOUND, Reason.NO_TAG, id);
        }
        return tag;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
