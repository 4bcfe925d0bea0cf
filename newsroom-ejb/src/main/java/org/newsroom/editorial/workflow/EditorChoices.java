package org.newsroom.editorial.workflow;

import org.newsroom.editorial.ActionRefused;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.staff.Role;
import org.newsroom.domain.staff.StaffUser;
import org.newsroom.domain.refusal.Reason;

/**
 * What the article editor offers to pick from: an edition's regions and coverages, the
 * bylines, tags and stories by what was typed (autocomplete), a story's translations and
 * the staff a story can be assigned to. Read-only; every list is bounded.
 */
@Stateless
public class EditorChoices {

    /** Enough for an autocomplete; more would only slow the page. */
    public static final int SUGGESTIONS = 12;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @RolesAllowed(Role.WRITER_NAME)
    public List<Choice> regions(String editionCode) {
        return em.createQuery("select r from Region r where r.edition = :e order by r.name", org.newsroom.domain.taxonomy.Region.class)
                .setParameter("e", edition(editionCode)).setMaxResults(500).getResultStream()
                .map(r -> new Choice(r.getId(), r.getName())).toList();
    }

    @RolesAllowed(Role.WRITER_NAME)
    public List<Choice> coverages(String editionCode) {
        return em.createQuery("select c from Coverage c where c.edition = :e order by c.name", org.newsroom.domain.taxonomy.Coverage.class)
                .setParameter("e", edition(editionCode)).setMaxResults(500).getResultStream()
                .map(c -> new Choice(c.getId(), c.getName())).toList();
    }

    @RolesAllowed(Role.WRITER_NAME)
    public List<Choice> authors(String typed) {
        return em.createQuery("select w from Author w where lower(w.name) like :q order by w.name", org.newsroom.domain.people.Author.class)
                .setParameter("q", pattern(typed)).setMaxResults(SUGGESTIONS).getResultStream()
                .map(w -> new Choice(w.getId(), w.getName())).toList();
    }

    @RolesAllowed(Role.WRITER_NAME)
    public List<Choice> tags(String editionCode, String typed) {
        return em.createQuery("select t from Tag t where t.edition = :e and lower(t.name) like :q order by t.name",
                        org.newsroom.domain.taxonomy.Tag.class)
                .setParameter("e", edition(editionCode)).setParameter("q", pattern(typed)).setMaxResults(SUGGESTIONS)
                .getResultStream().map(t -> new Choice(t.getId(), t.getName())).toList();
    }

    /** Stories of the same edition by headline, for "related", the story itself left out. */
    @RolesAllowed(Role.WRITER_NAME)
    public List<Choice> stories(String editionCode, String typed, long excludedId) {
        return em.createQuery("select new org.newsroom.editorial.workflow.Choice(a.id, a.headline) from Article a "
                        + "where a.edition = :e and a.id <> :x and lower(a.headline) like :q order by a.createdAt desc", Choice.class)
                .setParameter("e", edition(editionCode)).setParameter("x", excludedId).setParameter("q", pattern(typed))
                .setMaxResults(SUGGESTIONS).getResultList();
    }

    /** The other editions' versions of a story. */
    @RolesAllowed(Role.WRITER_NAME)
    public List<TranslationView> translations(long articleId) {
        Article article = em.find(Article.class, articleId);
        if (article == null) {
            throw new ActionRefused(ActionRefused.Why.NOT_FOUND, Reason.NO_STORY, articleId);
        }
        return em.createQuery("select a from Article a where a.translationGroup = :g and a.id <> :id order by a.edition", Article.class)
                .setParameter("g", article.getTranslationGroup()).setParameter("id", articleId).getResultStream()
                .map(a -> new TranslationView(a.getId(), a.getEdition().code(), a.getHeadline(), a.getStatus().name())).toList();
    }

    /** Enabled staff by user name, for assignment (an editor's job). */
    @RolesAllowed(Role.EDITOR_NAME)
    public List<String> staff(String typed) {
        return em.createQuery("select u from StaffUser u where u.enabled = true and lower(u.username) like :q order by u.username",
                        StaffUser.class)
                .setParameter("q", pattern(typed)).setMaxResults(SUGGESTIONS).getResultStream()
                .map(StaffUser::getUsername).toList();
    }

    private static Edition edition(String code) {
        return Edition.fromCode(code).orElseThrow(() -> new ActionRefused(ActionRefused.Why.INVALID, Reason.UNKNOWN_EDITION));
    }

    /** A contains-match; LIKE's own wildcards typed by the user are taken literally. */
    private static String pattern(String typed) {
        String plain = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + plain + "%";
    }
}
