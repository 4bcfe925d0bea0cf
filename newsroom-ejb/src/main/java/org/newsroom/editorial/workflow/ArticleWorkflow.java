package org.newsroom.editorial.workflow;

import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.ArticleForWrite;
import org.newsroom.editorial.StoryPermissions;
import static org.newsroom.editorial.ActionRefused.Why.INVALID;
import static org.newsroom.editorial.ActionRefused.Why.NOT_FOUND;
import static org.newsroom.editorial.ActionRefused.Why.RULE;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleComment;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.article.StoryAction;
import org.newsroom.domain.people.Author;
import org.newsroom.domain.taxonomy.Coverage;
import org.newsroom.domain.taxonomy.Region;
import org.newsroom.domain.taxonomy.Tag;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.revision.Revision;
import org.newsroom.domain.staff.Role;
import org.newsroom.domain.taxonomy.Section;
import org.newsroom.editorial.audit.AuditTrail;
import org.newsroom.editorial.metrics.NewsroomMeters;
import org.newsroom.editorial.lease.EditLeases;
import org.newsroom.editorial.change.ContentChanged;
import org.newsroom.editorial.publishing.ContentChangedChannel;
import org.newsroom.editorial.revision.RevisionDiff;
import org.newsroom.editorial.revision.RevisionLog;
import org.newsroom.editorial.revision.RevisionView;
import org.newsroom.editorial.revision.SideBySideDiff;
import org.newsroom.editorial.bodyhtml.BodyImages;
import org.newsroom.editorial.bodyhtml.BodySanitizer;
import org.newsroom.domain.refusal.InvalidInput;
import org.newsroom.domain.refusal.Reason;

/**
 * The editorial workflow's one way in. Each method checks the caller's role (the
 * annotation), then the action against the one role × state table ({@link StoryAction}, which also
 * holds writers to their own drafts), the version the caller edited, and the story's own rules; then changes the story, records a revision when text
 * changed and an audit entry always, all in one transaction. Roles include the ones
 * below them (the identity store grants them), so {@code WRITER} means "any staff
 * who writes".
 */
@Stateless
@DeclareRoles({Role.WRITER_NAME, Role.EDITOR_NAME, Role.CHIEF_EDITOR_NAME, Role.ADMIN_NAME})
public class ArticleWorkflow {

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    NewsroomMeters meters;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Inject
    AuditTrail audit;

    @Inject
    RevisionLog revisions;

    @EJB
    ContentChangedChannel contentChanged;

    @EJB
    EditLeases leases;

    @Inject
    ArticleForWrite forWrite;

    /** Which library images a body may show, and with what alt text (the media library answers). */
    @Inject
    BodyImages bodyImages;

    // ---- drafts -------------------------------------------------------------------------------

    @RolesAllowed(Role.WRITER_NAME)
    public ArticleView create(NewArticle input) {
        requireValid(input);
        Edition edition = Edition.fromCode(input.edition()).orElseThrow(() -> new ActionRefused(INVALID, Reason.UNKNOWN_EDITION));
        Section section = em.find(Section.class, input.sectionId());
        if (section == null) {
            throw new ActionRefused(INVALID, Reason.NO_SECTION, input.sectionId());
        }
        Article article = obeying(() -> new Article(edition, input.kindOrNews(), input.headline(), section, caller(), clock.instant()));
        article.moveToDesk(input.desk());
        requireSlugFree(article);
        em.persist(article);
        em.flush();
        revisions.record(article.getId(), caller(), Revision.Reason.CREATED, article.getHeadline(), null, null);
        audit.record(caller(), AuditAction.CREATE, article.getId(), article.getHeadline());
        return view(article);
    }

    @RolesAllowed(Role.WRITER_NAME)
    public ArticleView get(long id) {
        return view(find(id));
    }

    /** The sections a story of an edition can be placed in. */
    @RolesAllowed(Role.WRITER_NAME)
    public List<SectionChoice> sections(String editionCode) {
        Edition edition = Edition.fromCode(editionCode).orElseThrow(() -> new ActionRefused(INVALID, Reason.UNKNOWN_EDITION));
        return em.createQuery("select s from Section s where s.edition = :e order by s.position, s.id", Section.class)
                .setParameter("e", edition).getResultStream()
                .map(s -> new SectionChoice(s.getId(), s.getSlug(), s.getName())).toList();
    }

    /** Review queue of a desk: stories waiting for an editor, oldest first. */
    @RolesAllowed(Role.EDITOR_NAME)
    public List<ArticleView> reviewQueue(String desk) {
        // Two queries rather than "(:desk is null or ...)": PostgreSQL cannot type a bare null parameter.
        var query = desk == null || desk.isBlank()
                ? em.createQuery("select a from Article a where a.status = :s order by a.createdAt", Article.class)
                : em.createQuery("select a from Article a where a.status = :s and a.desk = :desk order by a.createdAt", Article.class)
                        .setParameter("desk", desk.strip());
        return query.setParameter("s", ArticleStatus.IN_REVIEW).setMaxResults(200)
                .getResultStream().map(this::view).toList();
    }

    /** Saves the text the caller edited from {@code expectedVersion}; refused if someone saved since. */
    @RolesAllowed(Role.WRITER_NAME)
    public ArticleView save(long id, long expectedVersion, ArticleText text) {
        requireValid(text);
        Article article = findForWrite(id, expectedVersion);
        StoryPermissions.require(StoryAction.EDIT, article, session);
        leases.requireNotHeldByOther(id, caller());
        // Sanitized here, not in the console, so the staff API's callers get the same protection.
        String body = BodySanitizer.clean(text.body(), bodyImages);
        rule(() -> article.edit(text.headline(), text.summary(), body));
        revisions.record(id, caller(), Revision.Reason.SAVE, article.getHeadline(), article.getSummary(), article.getBody());
        audit.record(caller(), AuditAction.SAVE, id, null);
        return flushed(article);
    }

    @RolesAllowed(Role.WRITER_NAME)
    public ArticleView submit(long id, long expectedVersion) {
        return transition(id, expectedVersion, StoryAction.SUBMIT, AuditAction.SUBMIT, null, Article::submitForReview);
    }

    @RolesAllowed(Role.WRITER_NAME)
    public ArticleView reopen(long id, long expectedVersion) {
        return transition(id, expectedVersion, StoryAction.REOPEN, AuditAction.REOPEN, null, Article::reopen);
    }

    @RolesAllowed(Role.EDITOR_NAME)
    public ArticleView requestChanges(long id, long expectedVersion, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new ActionRefused(INVALID, Reason.CHANGES_NOT_SAID);
        }
        ArticleView view = transition(id, expectedVersion, StoryAction.REQUEST_CHANGES, AuditAction.REQUEST_CHANGES, comment.strip(), Article::requestChanges);
        em.persist(new ArticleComment(id, caller(), clock.instant(), comment));
        return view;
    }

    @RolesAllowed(Role.EDITOR_NAME)
    public ArticleView approve(long id, long expectedVersion) {
        return transition(id, expectedVersion, StoryAction.APPROVE, AuditAction.APPROVE, null, Article::approve);
    }

    @RolesAllowed(Role.EDITOR_NAME)
    public ArticleView schedule(long id, long expectedVersion, Instant publishAt, Instant unpublishAt) {
        if (publishAt == null) {
            throw new ActionRefused(INVALID, Reason.PUBLICATION_TIME_MISSING);
        }
        if (unpublishAt != null && !unpublishAt.isAfter(publishAt)) {
            throw new ActionRefused(INVALID, Reason.UNPUBLISH_BEFORE_PUBLISH);
        }
        return transition(id, expectedVersion, StoryAction.SCHEDULE, AuditAction.SCHEDULE, "publish at " + publishAt, a -> {
            a.schedule(publishAt, clock.instant());
            a.unpublishAt(unpublishAt);
        });
    }

    /**
     * Moves a scheduled story to another publication time in one step (the schedule
     * calendar's drag): the same rules as {@link #schedule}, and if they refuse, the old
     * time stands.
     */
    @RolesAllowed(Role.EDITOR_NAME)
    public ArticleView reschedule(long id, long expectedVersion, Instant publishAt) {
        if (publishAt == null) {
            throw new ActionRefused(INVALID, Reason.PUBLICATION_TIME_MISSING);
        }
        Article current = findForWrite(id, expectedVersion);
        StoryPermissions.require(StoryAction.RESCHEDULE, current, session);
        Instant before = current.getPublishAt();
        if (current.getUnpublishAt() != null && !current.getUnpublishAt().isAfter(publishAt)) {
            throw new ActionRefused(INVALID, Reason.UNPUBLISH_BEFORE_NEW_TIME, current.getUnpublishAt());
        }
        return transition(id, expectedVersion, StoryAction.RESCHEDULE, AuditAction.SCHEDULE, "rescheduled from " + before + " to " + publishAt, a -> {
            a.cancelSchedule();
            a.schedule(publishAt, clock.instant());
        });
    }

    @RolesAllowed(Role.EDITOR_NAME)
    public ArticleView cancelSchedule(long id, long expectedVersion) {
        return transition(id, expectedVersion, StoryAction.CANCEL_SCHEDULE, AuditAction.CANCEL_SCHEDULE, null, Article::cancelSchedule);
    }

    @RolesAllowed(Role.EDITOR_NAME)
    public ArticleView embargo(long id, long expectedVersion, Instant until) {
        return transition(id, expectedVersion, StoryAction.EMBARGO, AuditAction.SAVE, "embargo until " + until, a -> a.embargoUntil(until));
    }

    @RolesAllowed(Role.EDITOR_NAME)
    public ArticleView publishNow(long id, long expectedVersion) {
        return transition(id, expectedVersion, StoryAction.PUBLISH, AuditAction.PUBLISH, null, a -> {
            a.publish(clock.instant());
            meters.published("editor");
        }, a -> contentChanged.send(ContentChanged.of(ContentChanged.PUBLISHED, a)));
    }

    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public ArticleView unpublish(long id, long expectedVersion) {
        return transition(id, expectedVersion, StoryAction.UNPUBLISH, AuditAction.UNPUBLISH, null, a -> {
            a.unpublish(clock.instant());
        }, a -> contentChanged.send(ContentChanged.of(ContentChanged.UNPUBLISHED, a)));
    }

    @RolesAllowed(Role.CHIEF_EDITOR_NAME)
    public ArticleView correct(long id, long expectedVersion, String body, String note) {
        ArticleView view = transition(id, expectedVersion, StoryAction.CORRECT, AuditAction.CORRECT, note, a -> {
            a.correct(BodySanitizer.clean(body, bodyImages), note, clock.instant());
        }, a -> contentChanged.send(ContentChanged.of(ContentChanged.CORRECTED, a)));
        revisions.record(id, caller(), Revision.Reason.CORRECTION, view.headline(), view.summary(), view.body());
        return view;
    }

    @RolesAllowed(Role.EDITOR_NAME)
    public ArticleView archive(long id, long expectedVersion) {
        return transition(id, expectedVersion, StoryAction.ARCHIVE, AuditAction.ARCHIVE, null, Article::archive);
    }

    @RolesAllowed(Role.EDITOR_NAME)
    public ArticleView assign(long id, long expectedVersion, String desk, String assignee) {
        return transition(id, expectedVersion, StoryAction.ASSIGN, AuditAction.ASSIGN, "desk " + desk + ", assignee " + assignee, a -> {
            a.moveToDesk(desk);
            a.assignTo(assignee);
        });
    }

    // ---- details: slug, section, terms, byline, related stories, video ----------------------

    @RolesAllowed(Role.WRITER_NAME)
    public DetailsView details(long id) {
        return DetailsView.of(find(id));
    }

    /**
     * Changes a story's details, quoting the version the caller edited. Writers change
     * their own drafts; editors any story not archived, including a published one (readers'
     * pages are then refreshed: one message for what the story was, one for what it is).
     * New tag names become tags of the story's edition, or the existing tag of that name.
     */
    @RolesAllowed(Role.WRITER_NAME)
    public DetailsView describe(long id, long expectedVersion, ArticleDetails details) {
        requireValid(details);
        Article article = findForWrite(id, expectedVersion);
        StoryPermissions.require(StoryAction.DESCRIBE, article, session);
        leases.requireNotHeldByOther(id, caller());
        ContentChanged before = ContentChanged.of(ContentChanged.UPDATED, article);
        Edition edition = article.getEdition();

        List<String> changes = new java.util.ArrayList<>();
        String slug = details.slug() == null ? "" : details.slug().strip();
        if (!slug.isEmpty() && !slug.equals(article.getSlug())) {
            if (!Slug.isValid(slug)) {
                throw new ActionRefused(INVALID, Reason.SLUG_UNUSABLE, Slug.MAX_LENGTH);
            }
            Slug wanted = Slug.of(slug);
            if (article.getPublishedAt() != null) {
                rule(() -> article.changeSlug(wanted)); // refused, in the story's own words
            }
            // Checked before the change: a flush of a duplicate slug would fail on the constraint, not with a sentence.
            em.createQuery("select a.headline from Article a where a.edition = :e and a.slug = :s and a.id <> :id", String.class)
                    .setParameter("e", edition).setParameter("s", wanted.value()).setParameter("id", id)
                    .setMaxResults(1).getResultStream().findFirst().ifPresent(other -> {
                        throw new ActionRefused(RULE, Reason.SLUG_TAKEN_BY, wanted.value(), edition.code(), other);
                    });
            rule(() -> article.changeSlug(wanted));
            changes.add("slug " + wanted.value());
        }
        if (details.sectionId() != null && !details.sectionId().equals(article.getSection().getId())) {
            Section section = em.find(Section.class, details.sectionId());
            if (section == null) {
                throw new ActionRefused(INVALID, Reason.NO_SECTION, details.sectionId());
            }
            rule(() -> article.placeIn(section));
            changes.add("section " + section.getSlug());
        }

        List<Region> regions = terms(Region.class, details.regionIds(), Reason.NO_REGION);
        List<Coverage> coverages = terms(Coverage.class, details.coverageIds(), Reason.NO_COVERAGE);
        List<Tag> tags = new java.util.ArrayList<>(terms(Tag.class, details.tagIds(), Reason.NO_TAG));
        for (String name : details.newTags()) {
            Tag tag = tagNamed(edition, name, changes);
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        rule(() -> article.classify(regions, tags, coverages));

        List<Author> authors = terms(Author.class, details.authorIds(), Reason.NO_AUTHOR);
        if (authors.size() != new java.util.HashSet<>(authors).size()) {
            throw new ActionRefused(INVALID, Reason.AUTHOR_TWICE);
        }
        String source = details.source() == null || details.source().isBlank() ? null : details.source().strip();
        rule(() -> article.credit(authors, source));

        List<Article> related = new java.util.ArrayList<>();
        for (Long relatedId : details.relatedIds()) {
            Article other = em.find(Article.class, relatedId);
            if (other == null) {
                throw new ActionRefused(INVALID, Reason.NO_STORY_TO_RELATE, relatedId);
            }
            if (other.getEdition() != edition) {
                throw new ActionRefused(INVALID, Reason.RELATED_IN_ANOTHER_EDITION, other.getHeadline());
            }
            if (!related.contains(other)) {
                related.add(other);
            }
        }
        rule(() -> article.relateTo(related));

        String video = details.videoUrl() == null || details.videoUrl().isBlank() ? null : details.videoUrl().strip();
        if (video != null && article.getKind() != ArticleKind.VIDEO) {
            throw new ActionRefused(INVALID, Reason.VIDEO_ADDRESS_ONLY_FOR_VIDEO);
        }
        if (video != null && !VideoAddress.isAcceptable(video)) {
            throw new ActionRefused(INVALID, Reason.VIDEO_ADDRESS_UNUSABLE);
        }
        if (!java.util.Objects.equals(video, article.getVideoUrl())) {
            changes.add("video " + (video == null ? "removed" : video));
        }
        rule(() -> article.attachVideo(video));

        audit.record(caller(), AuditAction.EDIT_DETAILS, id, changes.isEmpty() ? "terms, byline and related stories" : String.join("; ", changes));
        DetailsView result = flushedDetails(article);
        if (article.getStatus() == ArticleStatus.PUBLISHED) {
            contentChanged.send(before);
            contentChanged.send(ContentChanged.of(ContentChanged.UPDATED, article));
        }
        return result;
    }

    private <T> List<T> terms(Class<T> type, List<Long> ids, Reason missing) {
        List<T> found = new java.util.ArrayList<>();
        for (Long termId : ids) {
            T term = termId == null ? null : em.find(type, termId);
            if (term == null) {
                throw new ActionRefused(INVALID, missing, termId);
            }
            if (!found.contains(term)) {
                found.add(term);
            }
        }
        return found;
    }

    /** The edition's tag with this name (same slug), or a new one: tags are made where they are needed. */
    private Tag tagNamed(Edition edition, String name, List<String> changes) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new ActionRefused(INVALID, Reason.NEW_TAG_NAME_MISSING);
        }
        Slug slug;
        try {
            slug = Slug.from(clean);
        } catch (IllegalArgumentException e) {
            throw new ActionRefused(INVALID, Reason.TAG_NAME_UNUSABLE, clean);
        }
        return em.createQuery("select t from Tag t where t.edition = :e and t.slug = :s", Tag.class)
                .setParameter("e", edition).setParameter("s", slug.value()).getResultStream().findFirst()
                .orElseGet(() -> {
                    Tag tag = new Tag(edition, clean, slug);
                    em.persist(tag);
                    changes.add("new tag " + clean);
                    return tag;
                });
    }

    private DetailsView flushedDetails(Article article) {
        flushed(article);
        return DetailsView.of(article);
    }

    // ---- autosave ----------------------------------------------------------------------------

    /**
     * Keeps the text being edited as an AUTOSAVE revision without changing the story (its
     * version stays, so the editor's next save is not refused). Only the lease holder
     * autosaves; text equal to the latest revision is not kept twice.
     *
     * @return the new revision's number, or empty when nothing new was kept
     */
    @RolesAllowed(Role.WRITER_NAME)
    public java.util.Optional<Integer> autosave(long id, ArticleText text) {
        requireValid(text);
        // Locked although no version is quoted: the new revision's number must not race a save's.
        Article article = forWrite.locked(id);
        StoryPermissions.require(StoryAction.EDIT, article, session);
        if (leases.current(id).filter(l -> l.holder().equals(caller())).isEmpty()) {
            throw new ActionRefused(RULE, Reason.AUTOSAVE_WITHOUT_LEASE);
        }
        String body = BodySanitizer.clean(text.body());
        String summary = text.summary() == null || text.summary().isBlank() ? null : text.summary().strip();
        String headline = text.headline().strip();
        boolean same = revisions.latest(id).map(r -> sameText(r.getHeadline(), headline)
                && sameText(r.getSummary(), summary) && sameText(r.getBody(), body)).orElse(false);
        if (same) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(revisions.record(id, caller(), Revision.Reason.AUTOSAVE, headline, summary, body).getNumber());
    }

    /** An empty field is the same as none: the editor posts "" where the story has null. */
    private static boolean sameText(String a, String b) {
        return java.util.Objects.equals(a == null || a.isBlank() ? null : a, b == null || b.isBlank() ? null : b);
    }

    // ---- comments and translations ----------------------------------------------------------

    @RolesAllowed(Role.WRITER_NAME)
    public CommentView comment(long id, String text) {
        find(id);
        if (text == null || text.isBlank() || text.strip().length() > ArticleComment.MAX_TEXT) {
            throw new ActionRefused(INVALID, Reason.COMMENT_TEXT, ArticleComment.MAX_TEXT);
        }
        ArticleComment comment = new ArticleComment(id, caller(), clock.instant(), text);
        em.persist(comment);
        audit.record(caller(), AuditAction.COMMENT, id, null);
        em.flush();
        return CommentView.of(comment);
    }

    @RolesAllowed(Role.WRITER_NAME)
    public List<CommentView> comments(long id) {
        find(id);
        return em.createQuery("select c from ArticleComment c where c.articleId = :id order by c.postedAt, c.id", ArticleComment.class)
                .setParameter("id", id).getResultStream().map(CommentView::of).toList();
    }

    /**
     * Starts a translation: a new draft in another edition with the text, desk and byline
     * copied and the link to the original kept; it then has its own workflow. Tags and
     * coverages belong to an edition, so the translator chooses them.
     */
    @RolesAllowed(Role.WRITER_NAME)
    public ArticleView translate(long id, String editionCode, long sectionId) {
        Article original = find(id);
        Edition edition = Edition.fromCode(editionCode).orElseThrow(() -> new ActionRefused(INVALID, Reason.UNKNOWN_EDITION));
        Section section = em.find(Section.class, sectionId);
        if (section == null) {
            throw new ActionRefused(INVALID, Reason.NO_SECTION, sectionId);
        }
        long existing = em.createQuery("select count(a) from Article a where a.translationGroup = :g and a.edition = :e", Long.class)
                .setParameter("g", original.getTranslationGroup()).setParameter("e", edition).getSingleResult();
        if (existing > 0) {
            throw new ActionRefused(RULE, Reason.TRANSLATION_EXISTS, edition.code());
        }
        Article translation = obeying(() -> new Article(edition, original.getKind(), original.getHeadline(), section, caller(), clock.instant()));
        rule(() -> {
            translation.translationOf(original);
            translation.edit(original.getHeadline(), original.getSummary(), original.getBody());
            translation.credit(original.getAuthors(), original.getSource());
        });
        translation.moveToDesk(original.getDesk());
        requireSlugFree(translation);
        em.persist(translation);
        em.flush();
        revisions.record(translation.getId(), caller(), Revision.Reason.CREATED, translation.getHeadline(),
                translation.getSummary(), translation.getBody());
        audit.record(caller(), AuditAction.TRANSLATE, translation.getId(), "translation of " + id);
        return view(translation);
    }

    // ---- revisions ----------------------------------------------------------------------------

    @RolesAllowed(Role.WRITER_NAME)
    public List<RevisionView> revisions(long id) {
        find(id);
        return revisions.all(id);
    }

    @RolesAllowed(Role.WRITER_NAME)
    public RevisionDiff diff(long id, int from, int to) {
        return RevisionDiff.between(revision(id, from), revision(id, to));
    }

    /** Two revisions in two columns, paragraph by paragraph, for the revision history. */
    @RolesAllowed(Role.WRITER_NAME)
    public SideBySideDiff sideBySide(long id, int from, int to) {
        return SideBySideDiff.between(revision(id, from), revision(id, to));
    }

    /** Puts an old revision's text back, as a new revision: history only grows. */
    @RolesAllowed(Role.WRITER_NAME)
    public ArticleView restore(long id, long expectedVersion, int number) {
        RevisionView old = revision(id, number);
        Article article = findForWrite(id, expectedVersion);
        StoryPermissions.require(StoryAction.EDIT, article, session);
        rule(() -> article.edit(old.headline(), old.summary(), old.body()));
        revisions.record(id, caller(), Revision.Reason.RESTORE, old.headline(), old.summary(), old.body());
        audit.record(caller(), AuditAction.RESTORE_REVISION, id, "revision " + number);
        return flushed(article);
    }

    private RevisionView revision(long id, int number) {
        return revisions.number(id, number).map(RevisionView::of)
                .orElseThrow(() -> new ActionRefused(NOT_FOUND, Reason.NO_REVISION, id, number));
    }

    // ---- the common path ------------------------------------------------------------------------

    private ArticleView transition(long id, long expectedVersion, StoryAction action, AuditAction audited, String detail,
                                   Consumer<Article> change) {
        return transition(id, expectedVersion, action, audited, detail, change, a -> { });
    }

    /**
     * A transition, then {@code announce} once the story is written: the story is locked and its
     * version checked before the change, and written before the reader shelf is restocked and
     * the change announced in the same transaction.
     */
    private ArticleView transition(long id, long expectedVersion, StoryAction action, AuditAction audited, String detail,
                                   Consumer<Article> change, Consumer<Article> announce) {
        Article article = findForWrite(id, expectedVersion);
        StoryPermissions.require(action, article, session);
        rule(() -> change.accept(article));
        audit.record(caller(), audited, id, detail);
        // Any transition ends the editing session: the next editor starts from the saved state.
        leases.releaseAny(id);
        ArticleView view = flushed(article);
        announce.accept(article);
        return view;
    }

    private Article find(long id) {
        Article article = em.find(Article.class, id);
        if (article == null) {
            throw new ActionRefused(NOT_FOUND, Reason.NO_STORY, id);
        }
        return article;
    }

    /** The story locked at the caller's version (see {@link ArticleForWrite}). */
    private Article findForWrite(long id, long expectedVersion) {
        return forWrite.at(id, expectedVersion);
    }

    /**
     * Writes now, inside this method, rather than at the commit after it. The story is locked,
     * so no concurrent save can make this fail; writing here keeps any database refusal
     * inside the bean, where it is still a transaction this method owns.
     */
    private ArticleView flushed(Article article) {
        em.flush();
        return view(article);
    }

    /** The story with what the caller may do with it now. */
    private ArticleView view(Article article) {
        return ArticleView.forCaller(article, session);
    }

    private void requireSlugFree(Article article) {
        long taken = em.createQuery("select count(a) from Article a where a.edition = :e and a.slug = :s", Long.class)
                .setParameter("e", article.getEdition()).setParameter("s", article.getSlug()).getSingleResult();
        if (taken > 0) {
            throw new ActionRefused(RULE, Reason.SLUG_TAKEN_CHANGE_HEADLINE, article.getSlug());
        }
    }

    private <T> void requireValid(T input) {
        if (input == null) {
            throw new ActionRefused(INVALID, Reason.NOTHING_SENT);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ActionRefused(INVALID, InvalidInput.of(violations));
        }
    }

    private static <T> T obeying(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (DomainRuleViolation e) {
            throw new ActionRefused(RULE, e.refusal());
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
