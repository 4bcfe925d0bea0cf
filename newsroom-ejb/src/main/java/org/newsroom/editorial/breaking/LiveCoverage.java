package org.newsroom.editorial.breaking;

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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.article.LiveEntry;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.breaking.BreakingItem;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.audit.AuditTrail;
import org.newsroom.editorial.bodyhtml.BodySanitizer;
import org.newsroom.domain.refusal.Reason;

/**
 * Timestamped entries of a live article, announced on the breaking topic so readers of
 * that article see them at once; an entry can become a ticker item in one call. Every
 * change is audited and recorded as a channel event (for readers catching up).
 */
@Stateless
public class LiveCoverage {

    /** Longest headline of an entry (the column's size). */
    public static final int MAX_HEADLINE = 200;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BreakingNewsChannel channel;

    @Inject
    AuditTrail audit;

    @Inject
    ArticlePaths paths;

    @EJB
    BreakingNews breakingNews;

    @Resource
    SessionContext session;

    /**
     * Adds an entry. {@code body} is HTML (or plain text) and is sanitized here like a
     * story's body: scripts, handlers and styles never reach readers.
     */
    @RolesAllowed({Role.EDITOR_NAME, Role.CHIEF_EDITOR_NAME, Role.ADMIN_NAME})
    public LiveEntryView addEntry(long articleId, String headline, String body) {
        Article article = requireLive(articleId);
        LiveEntry entry = article.addLiveEntry(headline(headline), sanitized(body), clock.instant(), caller());
        em.persist(entry);
        em.flush(); // the entry's id goes into the message
        channel.announceLiveEntry(BreakingEvent.LIVE_ENTRY, article.getEdition(), articleId, entry.getId());
        audit.record(caller(), AuditAction.LIVE_ENTRY_ADDED, articleId, "entry " + entry.getId());
        return LiveEntryView.of(entry);
    }

    /** Corrects an entry's headline and text; it keeps its place and time. */
    @RolesAllowed({Role.EDITOR_NAME, Role.CHIEF_EDITOR_NAME, Role.ADMIN_NAME})
    public LiveEntryView editEntry(long entryId, String headline, String body) {
        LiveEntry entry = requireEntry(entryId);
        entry.edit(headline(headline), sanitized(body));
        Article article = entry.getArticle();
        channel.announceLiveEntry(BreakingEvent.LIVE_ENTRY_EDITED, article.getEdition(), article.getId(), entryId);
        audit.record(caller(), AuditAction.LIVE_ENTRY_EDITED, article.getId(), "entry " + entryId);
        return LiveEntryView.of(entry);
    }

    /** Removes an entry from the live article and from readers' open pages. */
    @RolesAllowed({Role.EDITOR_NAME, Role.CHIEF_EDITOR_NAME, Role.ADMIN_NAME})
    public void removeEntry(long entryId) {
        LiveEntry entry = requireEntry(entryId);
        Article article = entry.getArticle();
        String what = entry.getHeadline() != null ? entry.getHeadline() : firstLine(entry.getBody());
        em.remove(entry);
        channel.announceLiveEntry(BreakingEvent.LIVE_ENTRY_REMOVED, article.getEdition(), article.getId(), entryId);
        audit.record(caller(), AuditAction.LIVE_ENTRY_REMOVED, article.getId(),
                "entry " + entryId + ": " + abbreviate(what, 300));
    }

    /** Posts an entry's headline (or the start of its text) to its edition's ticker, linking the live article. */
    @RolesAllowed({Role.EDITOR_NAME, Role.CHIEF_EDITOR_NAME, Role.ADMIN_NAME})
    public BreakingView promoteToTicker(long entryId, Instant expiresAt) {
        LiveEntry entry = requireEntry(entryId);
        String line = entry.getHeadline() != null && !entry.getHeadline().isBlank()
                ? entry.getHeadline()
                : firstLine(entry.getBody());
        Article article = entry.getArticle();
        BreakingView posted = breakingNews.post(article.getEdition(), line, article.getId(), expiresAt);
        audit.record(caller(), AuditAction.LIVE_ENTRY_PROMOTED, article.getId(),
                "entry " + entryId + " as breaking item " + posted.id());
        return posted;
    }

    /** The live stories the desk works on, most recently changed first. */
    @RolesAllowed({Role.EDITOR_NAME, Role.CHIEF_EDITOR_NAME, Role.ADMIN_NAME})
    public List<LiveStoryView> liveStories(int max) {
        return em.createQuery("select a from Article a where a.kind = :live and a.status <> :archived "
                        + "order by a.updatedAt desc nulls last, a.id desc", Article.class)
                .setParameter("live", ArticleKind.LIVE).setParameter("archived", ArticleStatus.ARCHIVED)
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultStream().map(this::story).toList();
    }

    /** One live story with its entries, newest first. */
    @RolesAllowed({Role.EDITOR_NAME, Role.CHIEF_EDITOR_NAME, Role.ADMIN_NAME})
    public LiveStoryView story(long articleId) {
        return story(requireLive(articleId));
    }

    /** The entries of a live story, newest first. */
    @RolesAllowed({Role.EDITOR_NAME, Role.CHIEF_EDITOR_NAME, Role.ADMIN_NAME})
    public List<LiveEntryView> entries(long articleId) {
        requireLive(articleId);
        return em.createQuery("select e from LiveEntry e where e.article.id = :id order by e.postedAt desc, e.id desc",
                LiveEntry.class).setParameter("id", articleId).getResultStream().map(LiveEntryView::of).toList();
    }

    @PermitAll
    public Optional<LiveEntryView> find(long entryId) {
        return Optional.ofNullable(em.find(LiveEntry.class, entryId)).map(LiveEntryView::of);
    }

    /** Whether readers may follow this article's entries: a published live story. */
    @PermitAll
    public boolean isFollowable(long articleId) {
        Article article = em.find(Article.class, articleId);
        return article != null && article.getKind() == ArticleKind.LIVE && article.getStatus() == ArticleStatus.PUBLISHED;
    }

    private LiveStoryView story(Article article) {
        return new LiveStoryView(article.getId(), article.getEdition(), article.getHeadline(), article.getStatus(),
                article.getStatus() == ArticleStatus.PUBLISHED ? paths.of(article.getId()) : null);
    }

    private Article requireLive(long articleId) {
        Article article = em.find(Article.class, articleId);
        if (article == null) {
            throw new DomainRuleViolation(Reason.NO_ARTICLE, articleId);
        }
        if (article.getKind() != ArticleKind.LIVE) {
            throw new DomainRuleViolation(Reason.NOT_LIVE_COVERAGE, articleId);
        }
        return article;
    }

    private LiveEntry requireEntry(long entryId) {
        LiveEntry entry = em.find(LiveEntry.class, entryId);
        if (entry == null) {
            throw new DomainRuleViolation(Reason.NO_LIVE_ENTRY, entryId);
        }
        return entry;
    }

    private static String headline(String headline) {
        if (headline == null || headline.isBlank()) {
            return null;
        }
        String line = headline.strip();
        if (line.length() > MAX_HEADLINE || line.contains("\n")) {
            throw new DomainRuleViolation(Reason.LIVE_ENTRY_HEADLINE_TOO_LONG, MAX_HEADLINE);
        }
        return line;
    }

    private static String sanitized(String body) {
        String clean = BodySanitizer.clean(body);
        if (clean == null || Jsoup.parse(clean).text().isBlank()) {
            throw new DomainRuleViolation(Reason.LIVE_ENTRY_TEXT_MISSING);
        }
        if (clean.length() > 20_000) {
            throw new DomainRuleViolation(Reason.LIVE_ENTRY_TEXT_TOO_LONG);
        }
        return clean;
    }

    /** Tags stripped, one line, cut at the ticker's length. */
    private static String firstLine(String body) {
        return abbreviate(Jsoup.parse(body).text().replaceAll("\\s+", " ").strip(), BreakingItem.MAX_TEXT);
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
