package org.newsroom.admin.editor;

import static org.newsroom.admin.notices.Notices.error;
import static org.newsroom.admin.notices.Notices.info;
import static org.newsroom.admin.notices.Notices.text;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.newsroom.admin.security.SignedInStaff;
import org.newsroom.admin.time.DeskTime;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.article.StoryAction;
import org.newsroom.domain.article.ReadingTime;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.audit.AuditLog;
import org.newsroom.editorial.audit.AuditView;
import org.newsroom.editorial.lease.EditLeases;
import org.newsroom.editorial.lease.LeaseView;
import org.newsroom.editorial.revision.RevisionDiff;
import org.newsroom.editorial.revision.RevisionView;
import org.newsroom.editorial.revision.SideBySideDiff;
import org.newsroom.editorial.workflow.ArticleDetails;
import org.newsroom.editorial.workflow.Choice;
import org.newsroom.editorial.workflow.DetailsView;
import org.newsroom.editorial.workflow.EditorChoices;
import org.newsroom.editorial.workflow.TranslationView;
import org.newsroom.domain.article.ArticleKind;
import org.newsroom.editorial.revision.WordDiff;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.editorial.workflow.ArticleText;
import org.newsroom.editorial.workflow.ArticleView;
import org.newsroom.editorial.workflow.ArticleWorkflow;
import org.newsroom.editorial.workflow.CommentView;
import org.newsroom.editorial.workflow.NewArticle;
import org.newsroom.editorial.workflow.SectionChoice;

/**
 * The article editor. Opening a story takes its edit lease when the caller may change
 * it; the page's heartbeat renews the lease and hands the unsaved text to the service
 * (kept if an editor takes over). A save refused as stale keeps the caller's text in the
 * editor and shows what the other person changed since the page was opened; the next
 * save is then made against their version, on purpose.
 */
@Named
@ViewScoped
public class ArticleEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ArticleWorkflow workflow;

    @EJB
    EditLeases leases;

    @EJB
    AuditLog auditLog;

    @EJB
    EditorChoices choices;

    @EJB
    org.newsroom.editorial.listing.ArticleListing listing;

    @Inject
    SignedInStaff staff;

    @Inject
    DeskTime deskTime;

    private Long id;
    /** The story as last read from the service; its version is what the next write quotes. */
    private ArticleView article;
    /** The story as it was when this page opened (or last saved), to show what others changed. */
    private ArticleView opened;
    private LeaseView lease;

    private String headline;
    private String summary;
    private String body;

    // a new story
    private Edition newEdition = Edition.DEFAULT;
    private Long newSectionId;
    private String newDesk;

    // workflow inputs
    private String changesComment;
    private LocalDateTime publishAt;
    private String correctionNote;
    private String newComment;

    // what changed under a stale save
    private List<RevisionDiff.FieldChange> staleFields;
    private List<WordDiff.Segment> staleBody;
    private String staleBy;

    private SideBySideDiff shownDiff;

    // details
    private DetailsView details;
    private String slug;
    private Long sectionId;
    private List<String> regionIds = new java.util.ArrayList<>();
    private List<String> coverageIds = new java.util.ArrayList<>();
    private List<String> tags = new java.util.ArrayList<>();
    private List<Choice> authors = new java.util.ArrayList<>();
    private List<Choice> related = new java.util.ArrayList<>();
    private String source;
    private String videoUrl;
    private String assignee;
    private Edition translationEdition;
    private Long translationSectionId;
    private ArticleKind newKind = ArticleKind.NEWS;

    /** The text as last kept on the server (saved or autosaved), so an unchanged text is not autosaved again. */
    private String lastKept;
    private String autosaveNote;

    /** Lease renewal and autosave; configurable so that a test need not wait long. */
    static final int HEARTBEAT_SECONDS = Integer.getInteger("newsroom.console.heartbeat.seconds", 30);

    /** The view action: an existing story when {@code id} is given, otherwise the new-story form. */
    public void open() {
        if (id == null || article != null) {
            return;
        }
        try {
            load(workflow.get(id));
            takeLeaseIfEditable();
        } catch (ActionRefused refused) {
            error(refused.getMessage());
            id = null;
        }
    }

    private void load(ArticleView view) {
        article = view;
        opened = view;
        id = view.id();
        headline = view.headline();
        summary = view.summary();
        body = view.body();
        publishAt = deskTime.toLocal(view.publishAt());
        lastKept = keptForm();
        loadDetails();
    }

    private void takeLeaseIfEditable() {
        if (!isTextEditable()) {
            lease = leases.current(id).orElse(null);
            return;
        }
        try {
            lease = leases.acquire(id);
        } catch (ActionRefused heldByOther) {
            lease = leases.current(id).orElse(null);
        }
    }

    /**
     * Another panel of this page (the story's pictures) changed the story through its own
     * service: quote the version it returned from now on, keeping the unsaved text as typed.
     */
    public void adopt(ArticleView changed) {
        if (changed != null && article != null && changed.id() == article.id()) {
            article = changed;
            opened = changed;
        }
    }

    // ---- a new story ---------------------------------------------------------------------------

    public void create() {
        attempt(() -> {
            ArticleView created = workflow.create(new NewArticle(newEdition == null ? null : newEdition.code(), headline,
                    newSectionId, newDesk, newKind == null ? null : newKind.name()));
            load(created);
            takeLeaseIfEditable();
            return created;
        }, "editor.saved");
    }

    public List<SectionChoice> getSections() {
        return workflow.sections((newEdition == null ? Edition.DEFAULT : newEdition).code());
    }

    public Edition[] getEditions() {
        return Edition.values();
    }

    // ---- text and lease ------------------------------------------------------------------------

    public void save() {
        try {
            ArticleView saved = workflow.save(id, article.version(), new ArticleText(headline, summary, body));
            article = saved;
            opened = saved;
            clearStale();
            if (detailsChanged()) {
                try {
                    workflow.describe(id, saved.version(), detailsInput());
                } catch (ActionRefused detailsRefused) {
                    // The text is saved; the details stay in the form as typed, with what to fix.
                    lastKept = keptForm();
                    error(MessageFormat.format(text("editor.details.refused"), detailsRefused.getMessage()));
                    return;
                }
            }
            load(workflow.get(id));
            info(text("editor.saved"));
        } catch (ActionRefused refused) {
            if (refused.why() == ActionRefused.Why.STALE) {
                showWhatOthersChanged(refused.getMessage());
            } else {
                error(refused.getMessage());
            }
        }
    }

    /**
     * Keeps the caller's text where it is and shows the difference between the story as
     * this page opened it and as it is saved now; quoting the new version lets the caller
     * save their text over it once they have looked.
     */
    private void showWhatOthersChanged(String refusal) {
        ArticleView theirs = workflow.get(id);
        staleFields = new java.util.ArrayList<>();
        if (!Objects.equals(opened.headline(), theirs.headline())) {
            staleFields.add(new RevisionDiff.FieldChange("headline", opened.headline(), theirs.headline()));
        }
        if (!Objects.equals(opened.summary(), theirs.summary())) {
            staleFields.add(new RevisionDiff.FieldChange("summary", opened.summary(), theirs.summary()));
        }
        staleBody = WordDiff.between(opened.body(), theirs.body());
        staleBy = refusal;
        article = theirs;
        opened = theirs;
        error(text("editor.stale"));
    }

    private void clearStale() {
        staleFields = null;
        staleBody = null;
        staleBy = null;
    }

    /** The page's heartbeat: renews the lease and leaves the unsaved text with it. */
    public void heartbeat() {
        if (lease == null || !lease.holder().equals(staff.getName())) {
            return;
        }
        try {
            lease = leases.heartbeat(id, headline, summary, body);
            autosaveIfChanged();
        } catch (ActionRefused lost) {
            lease = leases.current(id).orElse(null);
            error(lost.getMessage());
        }
    }

    public void takeOver() {
        attempt(() -> lease = leases.takeOver(id), null);
    }

    public boolean isLeaseMine() {
        return lease != null && lease.holder().equals(staff.getName());
    }

    public boolean isLeasedByOther() {
        return lease != null && !lease.holder().equals(staff.getName());
    }

    public String getLeaseNote() {
        return lease == null ? "" : MessageFormat.format(text("editor.lease.other"), lease.holder(), deskTime.show(lease.since()));
    }

    // ---- details: slug, section, terms, byline, related, video, translations, assignment -------

    private void loadDetails() {
        details = workflow.details(id);
        slug = details.slug();
        sectionId = details.sectionId();
        regionIds = details.regions().stream().map(c -> Long.toString(c.id())).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        coverageIds = details.coverages().stream().map(c -> Long.toString(c.id())).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        tags = details.tags().stream().map(Choice::name).collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        authors = new java.util.ArrayList<>(details.authors());
        related = new java.util.ArrayList<>(details.related());
        source = details.source();
        videoUrl = details.videoUrl();
        assignee = details.assignee();
    }

    /** What the form says now, as the service takes it. Every tag goes by name: the service finds or creates it. */
    private ArticleDetails detailsInput() {
        return new ArticleDetails(slug, sectionId, ids(regionIds), List.of(), tags, ids(coverageIds),
                authors == null ? List.of() : authors.stream().map(Choice::id).toList(), source,
                related == null ? List.of() : related.stream().map(Choice::id).toList(), videoUrl);
    }

    private ArticleDetails detailsAsLoaded() {
        return new ArticleDetails(details.slug(), details.sectionId(), details.regions().stream().map(Choice::id).toList(),
                List.of(), details.tags().stream().map(Choice::name).toList(), details.coverages().stream().map(Choice::id).toList(),
                details.authors().stream().map(Choice::id).toList(), details.source(),
                details.related().stream().map(Choice::id).toList(), details.videoUrl());
    }

    private boolean detailsChanged() {
        return details != null && !normalized(detailsInput()).equals(normalized(detailsAsLoaded()));
    }

    private static ArticleDetails normalized(ArticleDetails d) {
        return new ArticleDetails(blankToNull(d.slug()), d.sectionId(), d.regionIds().stream().sorted().toList(), List.of(),
                d.newTags().stream().map(String::strip).toList(), d.coverageIds().stream().sorted().toList(), d.authorIds(),
                blankToNull(d.source()), d.relatedIds(), blankToNull(d.videoUrl()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<Long> ids(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(Long::valueOf).toList();
    }

    /** Saves the details alone (an editor on a published story, where the text goes through a correction). */
    public void saveDetails() {
        try {
            workflow.describe(id, article.version(), detailsInput());
            load(workflow.get(id));
            info(text("editor.saved"));
        } catch (ActionRefused refused) {
            // The form keeps what was typed; the message says what to fix.
            error(refused.getMessage());
        }
    }

    public boolean isDetailsEditable() {
        return allows(StoryAction.DESCRIBE) && !isLeasedByOther();
    }

    /** The slug names the reader URL: fixed once readers have seen it. */
    public boolean isSlugEditable() {
        return isDetailsEditable() && article.publishedAt() == null;
    }

    /** A fresh slug from the headline as it is in the form. */
    public void slugFromHeadline() {
        try {
            slug = org.newsroom.domain.article.Slug.from(headline == null ? "" : headline).value();
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
        }
    }

    public boolean isVideo() {
        return details != null && "VIDEO".equals(details.kind());
    }

    public boolean isLive() {
        return details != null && "LIVE".equals(details.kind());
    }

    public String getKind() {
        return details == null ? null : details.kind();
    }

    public List<SectionChoice> getStorySections() {
        return article == null ? List.of() : workflow.sections(article.edition());
    }

    public List<Choice> getRegionChoices() {
        return article == null ? List.of() : choices.regions(article.edition());
    }

    public List<Choice> getCoverageChoices() {
        return article == null ? List.of() : choices.coverages(article.edition());
    }

    /** Tag suggestions; what was typed comes first when no tag has exactly that name, so a new tag is one click. */
    public List<String> completeTag(String typed) {
        List<String> names = new java.util.ArrayList<>(choices.tags(article.edition(), typed).stream().map(Choice::name).toList());
        String wanted = typed == null ? "" : typed.strip();
        if (!wanted.isEmpty() && names.stream().noneMatch(n -> n.equalsIgnoreCase(wanted))) {
            names.add(0, wanted);
        }
        return names;
    }

    public List<Choice> completeAuthor(String typed) {
        return choices.authors(typed);
    }

    public List<Choice> completeStory(String typed) {
        return choices.stories(article.edition(), typed, id);
    }

    public List<String> completeStaff(String typed) {
        return choices.staff(typed);
    }

    public List<TranslationView> getTranslations() {
        return id == null ? List.of() : choices.translations(id);
    }

    /** Editions the story has no version in yet. */
    public List<Edition> getTranslationEditions() {
        if (article == null) {
            return List.of();
        }
        java.util.Set<String> taken = new java.util.HashSet<>();
        taken.add(article.edition());
        getTranslations().forEach(t -> taken.add(t.edition()));
        return java.util.Arrays.stream(Edition.values()).filter(e -> !taken.contains(e.code())).toList();
    }

    public List<SectionChoice> getTranslationSections() {
        return translationEdition == null ? List.of() : workflow.sections(translationEdition.code());
    }

    public void translate() {
        if (translationEdition == null || translationSectionId == null) {
            error(text("editor.translation.choose"));
            return;
        }
        attempt(() -> {
            ArticleView created = workflow.translate(id, translationEdition.code(), translationSectionId);
            translationEdition = null;
            translationSectionId = null;
            return created;
        }, "editor.translation.created");
    }

    public void assign() {
        try {
            ArticleView assigned = workflow.assign(id, article.version(), article.desk(), assignee);
            article = assigned;
            opened = assigned;
            assignee = assigned.assignee();
            // Assigning is a workflow action and ends the editing session: take the lease back if it was ours.
            if (isTextEditable()) {
                takeLeaseIfEditable();
            }
            info(text("editor.assigned"));
        } catch (ActionRefused refused) {
            error(refused.getMessage());
        }
    }

    // ---- autosave --------------------------------------------------------------------------------

    /** Keeps the text as an AUTOSAVE revision when it changed since it was last kept; says so quietly. */
    private void autosaveIfChanged() {
        if (!isCanSave() || headline == null || headline.isBlank()) {
            return;
        }
        String now = keptForm();
        if (now.equals(lastKept)) {
            return;
        }
        try {
            workflow.autosave(id, new ArticleText(headline, summary, body)).ifPresent(number -> {
                autosaveNote = MessageFormat.format(text("editor.autosaved"), number, deskTime.show(java.time.Instant.now()));
            });
            lastKept = now;
        } catch (ActionRefused refused) {
            autosaveNote = refused.getMessage();
        }
    }

    /** The text as one string, an empty summary or body the same as none, to tell whether it changed. */
    private String keptForm() {
        return Objects.toString(headline, "").strip() + "\u0000" + Objects.toString(summary, "").strip() + "\u0000"
                + Objects.toString(body, "");
    }

    public String getAutosaveNote() {
        return autosaveNote;
    }

    /** Seconds between heartbeats (lease renewal and autosave). */
    public int getHeartbeatSeconds() {
        return HEARTBEAT_SECONDS;
    }

    // ---- what the caller may do ----------------------------------------------------------------

    private ArticleStatus status() {
        return article == null ? null : ArticleStatus.valueOf(article.status());
    }

    /** Whether the workflow lets the signed-in person take this action on the story now (the one role × state table). */
    private boolean allows(StoryAction action) {
        return article != null && article.allows(action);
    }

    public boolean isTextEditable() {
        return allows(StoryAction.EDIT);
    }

    public boolean isCanSave() {
        return isTextEditable() && !isLeasedByOther();
    }

    public boolean isCanSubmit() {
        return allows(StoryAction.SUBMIT);
    }

    public boolean isCanReopen() {
        return allows(StoryAction.REOPEN);
    }

    public boolean isCanReview() {
        return allows(StoryAction.APPROVE) && allows(StoryAction.REQUEST_CHANGES);
    }

    public boolean isCanSchedule() {
        return allows(StoryAction.SCHEDULE);
    }

    public boolean isCanCancelSchedule() {
        return allows(StoryAction.CANCEL_SCHEDULE);
    }

    public boolean isCanPublish() {
        return allows(StoryAction.PUBLISH);
    }

    public boolean isCanUnpublishOrCorrect() {
        return allows(StoryAction.UNPUBLISH) && allows(StoryAction.CORRECT);
    }

    public boolean isCanAssign() {
        return allows(StoryAction.ASSIGN);
    }

    public boolean isCanTakeOver() {
        return staff.isEditor() && isLeasedByOther() && isTextEditable();
    }

    // ---- workflow --------------------------------------------------------------------------------

    public void submit() {
        transition(() -> workflow.submit(id, article.version()));
    }

    public void reopen() {
        transition(() -> workflow.reopen(id, article.version()));
    }

    public void requestChanges() {
        transition(() -> workflow.requestChanges(id, article.version(), changesComment));
        changesComment = null;
    }

    public void approve() {
        transition(() -> workflow.approve(id, article.version()));
    }

    public void schedule() {
        transition(() -> workflow.schedule(id, article.version(), deskTime.toInstant(publishAt), null));
    }

    public void cancelSchedule() {
        transition(() -> workflow.cancelSchedule(id, article.version()));
    }

    public void publishNow() {
        transition(() -> workflow.publishNow(id, article.version()));
    }

    public void unpublish() {
        transition(() -> workflow.unpublish(id, article.version()));
    }

    public void correct() {
        transition(() -> workflow.correct(id, article.version(), body, correctionNote));
        correctionNote = null;
    }

    private void transition(Supplier<ArticleView> action) {
        try {
            ArticleView moved = action.get();
            load(moved);
            clearStale();
            // The transition released the lease and usually hands the story to someone else
            // (the writer, the editor): do not take it again, or they would find it locked.
            lease = null;
            info(MessageFormat.format(text("workflow.done"), moved.status()));
        } catch (ActionRefused refused) {
            error(refused.getMessage());
        }
    }

    // ---- comments, revisions, audit --------------------------------------------------------------

    public List<CommentView> getComments() {
        return id == null ? List.of() : workflow.comments(id);
    }

    public void addComment() {
        attempt(() -> workflow.comment(id, newComment), null);
        newComment = null;
    }

    public List<RevisionView> getRevisions() {
        if (id == null) {
            return List.of();
        }
        List<RevisionView> newestFirst = new java.util.ArrayList<>(workflow.revisions(id));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    public void showDiff(int number) {
        attempt(() -> shownDiff = workflow.sideBySide(id, Math.max(1, number - 1), number), null);
    }

    public void restore(int number) {
        attempt(() -> {
            ArticleView restored = workflow.restore(id, article.version(), number);
            load(restored);
            return restored;
        }, "editor.saved");
    }

    public List<AuditView> getAudit() {
        return id == null || !staff.isEditor() ? List.of() : auditLog.ofArticle(id);
    }

    // ---- helpers -------------------------------------------------------------------------------

    private void attempt(Supplier<?> action, String successKey) {
        try {
            action.get();
            if (successKey != null) {
                info(text(successKey));
            }
        } catch (ActionRefused refused) {
            error(refused.getMessage());
        }
    }

    /** The reader page of a published story, for a look at what readers see. */
    public String getReaderPath() {
        return article == null || status() != ArticleStatus.PUBLISHED ? null : listing.readerPath(id).orElse(null);
    }

    public String getDirection() {
        return editingEdition().direction();
    }

    public int getWords() {
        return ReadingTime.countWords(body);
    }

    public int getMinutes() {
        return ReadingTime.of(getWords(), editingEdition()).minutes();
    }

    public int getWordsPerMinute() {
        return editingEdition().wordsPerMinute();
    }

    private Edition editingEdition() {
        String edition = article != null ? article.edition() : newEdition == null ? "en" : newEdition.code();
        return Edition.fromCode(edition).orElse(Edition.DEFAULT);
    }

    // ---- properties ----------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ArticleView getArticle() {
        return article;
    }

    public LeaseView getLease() {
        return lease;
    }

    public String getHeadline() {
        return headline;
    }

    public void setHeadline(String headline) {
        this.headline = headline;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Edition getNewEdition() {
        return newEdition;
    }

    public void setNewEdition(Edition newEdition) {
        this.newEdition = newEdition;
    }

    public Long getNewSectionId() {
        return newSectionId;
    }

    public void setNewSectionId(Long newSectionId) {
        this.newSectionId = newSectionId;
    }

    public String getNewDesk() {
        return newDesk;
    }

    public void setNewDesk(String newDesk) {
        this.newDesk = newDesk;
    }

    public String getChangesComment() {
        return changesComment;
    }

    public void setChangesComment(String changesComment) {
        this.changesComment = changesComment;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public void setCorrectionNote(String correctionNote) {
        this.correctionNote = correctionNote;
    }

    public String getNewComment() {
        return newComment;
    }

    public void setNewComment(String newComment) {
        this.newComment = newComment;
    }

    public List<RevisionDiff.FieldChange> getStaleFields() {
        return staleFields;
    }

    public List<WordDiff.Segment> getStaleBody() {
        return staleBody;
    }

    public String getStaleBy() {
        return staleBy;
    }

    public SideBySideDiff getShownDiff() {
        return shownDiff;
    }

    public DetailsView getDetails() {
        return details;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public void setSectionId(Long sectionId) {
        this.sectionId = sectionId;
    }

    public List<String> getRegionIds() {
        return regionIds;
    }

    public void setRegionIds(List<String> regionIds) {
        this.regionIds = regionIds;
    }

    public List<String> getCoverageIds() {
        return coverageIds;
    }

    public void setCoverageIds(List<String> coverageIds) {
        this.coverageIds = coverageIds;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    public List<Choice> getAuthors() {
        return authors;
    }

    public void setAuthors(List<Choice> authors) {
        this.authors = authors;
    }

    public List<Choice> getRelated() {
        return related;
    }

    public void setRelated(List<Choice> related) {
        this.related = related;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public void setVideoUrl(String videoUrl) {
        this.videoUrl = videoUrl;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public Edition getTranslationEdition() {
        return translationEdition;
    }

    public void setTranslationEdition(Edition translationEdition) {
        this.translationEdition = translationEdition;
    }

    public Long getTranslationSectionId() {
        return translationSectionId;
    }

    public void setTranslationSectionId(Long translationSectionId) {
        this.translationSectionId = translationSectionId;
    }

    public ArticleKind getNewKind() {
        return newKind;
    }

    public void setNewKind(ArticleKind newKind) {
        this.newKind = newKind;
    }

    public ArticleKind[] getKinds() {
        return ArticleKind.values();
    }
}
