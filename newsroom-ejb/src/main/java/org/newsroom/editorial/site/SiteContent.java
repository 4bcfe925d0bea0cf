package org.newsroom.editorial.site;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.site.EditionSettings;
import org.newsroom.domain.site.StaticPage;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.audit.AuditTrail;
import org.newsroom.editorial.change.ContentChanged;
import org.newsroom.editorial.publishing.ContentChangedChannel;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.bodyhtml.BodySanitizer;
import org.newsroom.domain.refusal.Reason;

/**
 * Edition names, slogans and static pages: anyone may read them (they are public), only
 * administrators change them. Page bodies are sanitized here with the same allow-list as
 * stories. Every change is audited and sent as a SITE change, which drops every cached
 * page of the edition and makes each reader node reload these texts.
 */
@Stateless
public class SiteContent {

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @EJB
    ContentChangedChannel contentChanged;

    @PermitAll
    public List<EditionText> editions() {
        return em.createQuery("select s from EditionSettings s", EditionSettings.class).getResultStream()
                .map(s -> new EditionText(s.getEdition(), s.getName(), s.getSlogan())).toList();
    }

    @PermitAll
    public Optional<EditionText> edition(Edition edition) {
        return Optional.ofNullable(em.find(EditionSettings.class, edition))
                .map(s -> new EditionText(s.getEdition(), s.getName(), s.getSlogan()));
    }

    @PermitAll
    public List<PageText> pages() {
        return em.createQuery("select p from StaticPage p", StaticPage.class).getResultStream().map(SiteContent::view).toList();
    }

    @PermitAll
    public Optional<PageText> page(Edition edition, String name) {
        return find(edition, name).map(SiteContent::view);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public EditionText saveEdition(Edition edition, String name, String slogan) {
        requireEdition(edition);
        EditionSettings settings = em.find(EditionSettings.class, edition);
        boolean created = settings == null;
        if (created) {
            settings = new EditionSettings(edition);
        }
        EditionSettings changing = settings;
        rule(() -> changing.change(name, slogan, caller(), clock.instant()));
        if (created) {
            em.persist(settings);
        }
        audit.record(caller(), AuditAction.SITE_CHANGED, null, "edition " + edition.code() + " name \"" + settings.getName()
                + "\" slogan \"" + (settings.getSlogan() == null ? "" : settings.getSlogan()) + "\"");
        announce(edition);
        return new EditionText(edition, settings.getName(), settings.getSlogan());
    }

    /** Back to the bundled name and slogan. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void resetEdition(Edition edition) {
        requireEdition(edition);
        EditionSettings settings = em.find(EditionSettings.class, edition);
        if (settings != null) {
            em.remove(settings);
            audit.record(caller(), AuditAction.SITE_CHANGED, null, "edition " + edition.code() + " back to the built-in name and slogan");
            announce(edition);
        }
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public PageText savePage(Edition edition, String name, String title, String html) {
        requireEdition(edition);
        StaticPage page = find(edition, name).orElse(null);
        boolean created = page == null;
        if (created) {
            page = obeying(() -> new StaticPage(edition, name));
        }
        StaticPage writing = page;
        String clean = BodySanitizer.clean(html == null ? "" : html);
        rule(() -> writing.write(title, clean, caller(), clock.instant()));
        if (created) {
            em.persist(page);
        }
        audit.record(caller(), AuditAction.SITE_CHANGED, null, "page " + edition.code() + "/" + name + " saved");
        announce(edition);
        return view(page);
    }

    /** Back to the bundled text of the page. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void resetPage(Edition edition, String name) {
        requireEdition(edition);
        find(edition, name).ifPresent(page -> {
            em.remove(page);
            audit.record(caller(), AuditAction.SITE_CHANGED, null, "page " + edition.code() + "/" + name + " back to the built-in text");
            announce(edition);
        });
    }

    private Optional<StaticPage> find(Edition edition, String name) {
        return em.createQuery("select p from StaticPage p where p.edition = :e and p.name = :n", StaticPage.class)
                .setParameter("e", edition).setParameter("n", name == null ? "" : name).getResultStream().findFirst();
    }

    private void announce(Edition edition) {
        contentChanged.send(new ContentChanged(ContentChanged.SITE, 0, edition.code(), null, List.of(), List.of(), List.of()));
    }

    private static PageText view(StaticPage p) {
        return new PageText(p.getEdition(), p.getName(), p.getTitle(), p.getBody(), p.getUpdatedAt());
    }

    private static void requireEdition(Edition edition) {
        if (edition == null) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.EDITION_NOT_CHOSEN);
        }
    }

    private static <T> T obeying(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (DomainRuleViolation e) {
            throw new ActionRefused(ActionRefused.Why.INVALID, e.refusal());
        }
    }

    private static void rule(Runnable action) {
        obeying(() -> {
            action.run();
            return null;
        });
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
