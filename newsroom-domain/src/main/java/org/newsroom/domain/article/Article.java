package org.newsroom.domain.article;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.media.MediaAsset;
import org.newsroom.domain.people.Author;
import org.newsroom.domain.taxonomy.Coverage;
import org.newsroom.domain.taxonomy.Region;
import org.newsroom.domain.taxonomy.Section;
import org.newsroom.domain.taxonomy.Tag;
import org.newsroom.domain.refusal.Reason;

/**
 * A story in one edition, from first draft to archive. Every change of state goes
 * through a method here that checks it is allowed, so the workflow's rules hold
 * whoever calls.
 */
@Entity
@Table(name = "article")
// Every state is indexed (the console searches drafts too); reader search filters on status.
@Indexed(index = "article")
public class Article {

    public static final int MAX_HEADLINE = 200;
    public static final int MAX_SUMMARY = 600;
    public static final int MAX_BODY = 200_000;
    public static final int MAX_DESK = 40;
    /** How far ahead a story may be scheduled: further is a typo, not a plan. */
    public static final int MAX_SCHEDULE_YEARS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    private Long id;

    /** Optimistic lock: a save based on an older version is refused, never merged blindly. */
    @Version
    private long version;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    @KeywordField
    private Edition edition;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField
    private ArticleKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @KeywordField
    private ArticleStatus status = ArticleStatus.DRAFT;

    @NotBlank
    @Size(max = MAX_HEADLINE)
    @Column(nullable = false, length = MAX_HEADLINE)
    @FullTextField(name = "headline_en", analyzer = "en")
    @FullTextField(name = "headline_es", analyzer = "es")
    @FullTextField(name = "headline_ar", analyzer = "ar")
    private String headline;

    @NotBlank
    @Size(max = Slug.MAX_LENGTH)
    @Column(nullable = false, length = Slug.MAX_LENGTH)
    private String slug;

    @Size(max = MAX_SUMMARY)
    @Column(length = MAX_SUMMARY)
    @FullTextField(name = "summary_en", analyzer = "en")
    @FullTextField(name = "summary_es", analyzer = "es")
    @FullTextField(name = "summary_ar", analyzer = "ar")
    private String summary;

    /** Sanitized rich text (HTML); sanitizing is the service's job before it calls {@link #edit}. */
    @Size(max = MAX_BODY)
    @Column(length = MAX_BODY)
    @FullTextField(name = "body_en", analyzer = "en")
    @FullTextField(name = "body_es", analyzer = "es")
    @FullTextField(name = "body_ar", analyzer = "ar")
    private String body;

    @Size(max = 200)
    @Column(length = 200)
    private String source;

    @Column(name = "word_count", nullable = false)
    private int wordCount;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private Section section;

    @ManyToMany
    @JoinTable(name = "article_region", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "region_id"))
    private Set<Region> regions = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "article_coverage", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "coverage_id"))
    private Set<Coverage> coverages = new LinkedHashSet<>();

    @ManyToMany
    @OrderColumn(name = "position")
    @JoinTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    private List<Author> authors = new ArrayList<>();

    @ManyToMany
    @OrderColumn(name = "position")
    @JoinTable(name = "article_related", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"))
    private List<Article> related = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_media_id")
    private MediaAsset leadMedia;

    @Size(max = 500)
    @Column(name = "video_url", length = 500)
    private String videoUrl;

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<GalleryImage> gallery = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("postedAt DESC")
    private List<LiveEntry> liveEntries = new ArrayList<>();

    /** Stories in other editions that are translations of this one share this key. */
    @NotNull
    @Column(name = "translation_group", nullable = false, length = 36)
    private String translationGroup;

    @Size(max = 600)
    @Column(name = "correction_note", length = 600)
    private String correctionNote;

    @Column(name = "created_by", nullable = false, length = 60)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When readers first saw it; kept across unpublish and republish so URLs and dates stay stable. */
    @Column(name = "published_at")
    @GenericField(sortable = Sortable.YES)
    private Instant publishedAt;

    /** When a published story was last changed for readers (a correction); shown when later than {@link #publishedAt}. */
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "unpublish_at")
    private Instant unpublishAt;

    @Column(name = "embargo_until")
    private Instant embargoUntil;

    /** The desk whose review queue the story is in (e.g. "politics"); null until a desk takes it. */
    @Size(max = MAX_DESK)
    @Column(length = MAX_DESK)
    private String desk;

    /** Who is asked to work on the story next; null when nobody in particular. */
    @Size(max = 60)
    @Column(length = 60)
    private String assignee;

    protected Article() {
    }

    public Article(Edition edition, ArticleKind kind, String headline, Section section, String createdBy, Instant createdAt) {
        if (section.getEdition() != edition) {
            throw new DomainRuleViolation(Reason.SECTION_OF_ANOTHER_EDITION, section.getName());
        }
        this.edition = edition;
        this.kind = kind;
        this.headline = requireHeadline(headline);
        this.slug = Slug.from(headline).value();
        this.section = section;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.translationGroup = UUID.randomUUID().toString();
    }

    private static String requireHeadline(String headline) {
        if (headline == null || headline.isBlank()) {
            throw new DomainRuleViolation(Reason.HEADLINE_MISSING);
        }
        return headline.strip();
    }

    // ---- editing ------------------------------------------------------------------------------

    /** Changes the text. The slug follows the headline until the story is first published. */
    public void edit(String newHeadline, String newSummary, String sanitizedBody) {
        requireEditable();
        this.headline = requireHeadline(newHeadline);
        this.summary = newSummary == null ? null : newSummary.strip();
        this.body = sanitizedBody;
        this.wordCount = ReadingTime.countWords(sanitizedBody);
    }

    /** An editor's own slug; refused once readers have seen the URL. */
    public void changeSlug(Slug newSlug) {
        if (publishedAt != null) {
            throw new DomainRuleViolation(Reason.SLUG_FIXED_AFTER_PUBLISHING);
        }
        this.slug = newSlug.value();
    }

    public void placeIn(Section newSection) {
        if (newSection.getEdition() != edition) {
            throw new DomainRuleViolation(Reason.SECTION_OF_ANOTHER_EDITION, newSection.getName());
        }
        this.section = newSection;
    }

    public void credit(List<Author> byline, String newSource) {
        this.authors = new ArrayList<>(byline);
        this.source = newSource;
    }

    public void classify(Collection<Region> newRegions, Collection<Tag> newTags, Collection<Coverage> newCoverages) {
        requireSameEdition(newRegions.stream().map(Region::getEdition).toList());
        requireSameEdition(newTags.stream().map(Tag::getEdition).toList());
        requireSameEdition(newCoverages.stream().map(Coverage::getEdition).toList());
        this.regions = new LinkedHashSet<>(newRegions);
        this.tags = new LinkedHashSet<>(newTags);
        for (Coverage left : coverages) {
            if (!newCoverages.contains(left)) {
                left.unpin(this);
            }
        }
        this.coverages = new LinkedHashSet<>(newCoverages);
    }

    private void requireSameEdition(List<Edition> editions) {
        if (editions.stream().anyMatch(e -> e != edition)) {
            throw new DomainRuleViolation(Reason.TERMS_OF_ANOTHER_EDITION);
        }
    }

    public void illustrate(MediaAsset lead) {
        if (lead != null && !lead.isDescribed()) {
            throw new DomainRuleViolation(Reason.LEAD_IMAGE_UNDESCRIBED);
        }
        this.leadMedia = lead;
    }

    public void relateTo(List<Article> stories) {
        if (stories.contains(this)) {
            throw new DomainRuleViolation(Reason.RELATED_TO_ITSELF);
        }
        this.related = new ArrayList<>(stories);
    }

    public void attachVideo(String url) {
        this.videoUrl = url;
    }

    public GalleryImage addGalleryImage(MediaAsset image, String caption) {
        GalleryImage item = new GalleryImage(this, image, gallery.size(), caption);
        gallery.add(item);
        return item;
    }

    /** Takes a picture out of the gallery; the ones after it move up, so positions stay 0..n-1. */
    public void removeGalleryImage(long galleryImageId) {
        if (!gallery.removeIf(g -> g.getId() != null && g.getId() == galleryImageId)) {
            throw new DomainRuleViolation(Reason.PICTURE_NOT_IN_GALLERY);
        }
        for (int i = 0; i < gallery.size(); i++) {
            gallery.get(i).moveTo(i);
        }
    }

    public LiveEntry addLiveEntry(String entryHeadline, String sanitizedBody, Instant postedAt, String postedBy) {
        if (kind != ArticleKind.LIVE) {
            throw new DomainRuleViolation(Reason.ENTRIES_ONLY_IN_LIVE_COVERAGE);
        }
        LiveEntry entry = new LiveEntry(this, entryHeadline, sanitizedBody, postedAt, postedBy);
        liveEntries.add(0, entry);
        return entry;
    }

    /** Makes this story a translation of another one, in another edition. */
    public void translationOf(Article original) {
        if (original.edition == edition) {
            throw new DomainRuleViolation(Reason.TRANSLATION_IN_SAME_EDITION);
        }
        this.translationGroup = original.translationGroup;
    }

    private void requireEditable() {
        if (!status.isEditable()) {
            throw new DomainRuleViolation(Reason.STORY_NOT_EDITABLE, status);
        }
    }

    public void moveToDesk(String newDesk) {
        this.desk = newDesk == null || newDesk.isBlank() ? null : newDesk.strip();
    }

    public void assignTo(String username) {
        this.assignee = username == null || username.isBlank() ? null : username.strip();
    }

    // ---- workflow -----------------------------------------------------------------------------

    private void moveTo(ArticleStatus target) {
        if (!status.canMoveTo(target)) {
            throw new DomainRuleViolation(Reason.STORY_CANNOT_BECOME, status, target);
        }
        this.status = target;
    }

    public void submitForReview() {
        moveTo(ArticleStatus.IN_REVIEW);
    }

    public void requestChanges() {
        moveTo(ArticleStatus.CHANGES_REQUESTED);
    }

    /** The writer takes a story that was sent back (or an approved one) back into draft. */
    public void reopen() {
        moveTo(ArticleStatus.DRAFT);
    }

    public void approve() {
        moveTo(ArticleStatus.APPROVED);
    }

    /** Schedules publication; the embargo, if any, still applies when the time comes. */
    public void schedule(Instant at, Instant now) {
        if (!at.isAfter(now)) {
            throw new DomainRuleViolation(Reason.PUBLICATION_TIME_PAST);
        }
        if (at.isAfter(now.atOffset(ZoneOffset.UTC).plusYears(MAX_SCHEDULE_YEARS).toInstant())) {
            throw new DomainRuleViolation(Reason.PUBLICATION_TIME_TOO_FAR, MAX_SCHEDULE_YEARS);
        }
        if (embargoUntil != null && at.isBefore(embargoUntil)) {
            throw new DomainRuleViolation(Reason.SCHEDULED_BEFORE_EMBARGO, embargoUntil);
        }
        moveTo(ArticleStatus.SCHEDULED);
        this.publishAt = at;
    }

    public void cancelSchedule() {
        moveTo(ArticleStatus.APPROVED);
        this.publishAt = null;
    }

    public void embargoUntil(Instant until) {
        this.embargoUntil = until;
    }

    public void unpublishAt(Instant at) {
        this.unpublishAt = at;
    }

    public boolean isUnderEmbargo(Instant now) {
        return embargoUntil != null && now.isBefore(embargoUntil);
    }

    /** Puts the story in front of readers. Refused under embargo, whoever asks. */
    public void publish(Instant now) {
        if (isUnderEmbargo(now)) {
            throw new DomainRuleViolation(Reason.PUBLISHED_BEFORE_EMBARGO, embargoUntil);
        }
        moveTo(ArticleStatus.PUBLISHED);
        if (publishedAt == null) {
            publishedAt = now;
        }
        publishAt = null;
    }

    public void unpublish(Instant now) {
        moveTo(ArticleStatus.UNPUBLISHED);
        this.unpublishAt = null;
    }

    public void archive() {
        moveTo(ArticleStatus.ARCHIVED);
    }

    /** Corrects a published story: the text changes, a note tells readers what was corrected. */
    public void correct(String newBody, String note, Instant now) {
        if (status != ArticleStatus.PUBLISHED) {
            throw new DomainRuleViolation(Reason.CORRECTION_OF_UNPUBLISHED);
        }
        if (note == null || note.isBlank()) {
            throw new DomainRuleViolation(Reason.CORRECTION_NOTE_MISSING);
        }
        this.body = newBody;
        this.wordCount = ReadingTime.countWords(newBody);
        this.correctionNote = note.strip();
        this.updatedAt = now;
    }

    public boolean isDueForPublication(Instant now) {
        return status == ArticleStatus.SCHEDULED && publishAt != null && !publishAt.isAfter(now) && !isUnderEmbargo(now);
    }

    public boolean isDueForUnpublication(Instant now) {
        return status == ArticleStatus.PUBLISHED && unpublishAt != null && !unpublishAt.isAfter(now);
    }

    // ---- reading ------------------------------------------------------------------------------

    public ReadingTime readingTime() {
        return ReadingTime.of(wordCount, edition);
    }

    /** True when the story was changed for readers after it first appeared. */
    public boolean wasUpdated() {
        return updatedAt != null && publishedAt != null && updatedAt.isAfter(publishedAt);
    }

    /** The section and its parent, so that a search filtered by a top-level section finds its subsections' stories. */
    @GenericField(name = "sectionIds")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "section")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public List<Long> getSectionAndParentIds() {
        return section.getParent() == null ? List.of(section.getId()) : List.of(section.getId(), section.getParent().getId());
    }

    @GenericField(name = "regionIds")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "regions")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public List<Long> getRegionIds() {
        return regions.stream().map(Region::getId).toList();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Edition getEdition() {
        return edition;
    }

    public ArticleKind getKind() {
        return kind;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public String getHeadline() {
        return headline;
    }

    public String getSlug() {
        return slug;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getSource() {
        return source;
    }

    public int getWordCount() {
        return wordCount;
    }

    public Section getSection() {
        return section;
    }

    public Set<Region> getRegions() {
        return Collections.unmodifiableSet(regions);
    }

    /** Puts {@code into} where {@code from} was (a tag merge); true if this story had {@code from}. */
    public boolean replaceTag(Tag from, Tag into) {
        requireSameEdition(List.of(into.getEdition()));
        if (!tags.remove(from)) {
            return false;
        }
        tags.add(into);
        return true;
    }

    /** Puts the story in a coverage of its edition; false if it was there already. */
    public boolean joinCoverage(Coverage coverage) {
        requireSameEdition(List.of(coverage.getEdition()));
        return coverages.add(coverage);
    }

    /** Takes the story out of a coverage, and off its pins; false if it was not in it. */
    public boolean leaveCoverage(Coverage coverage) {
        if (!coverages.remove(coverage)) {
            return false;
        }
        coverage.unpin(this);
        return true;
    }

    public Set<Tag> getTags() {
        return Collections.unmodifiableSet(tags);
    }

    public Set<Coverage> getCoverages() {
        return Collections.unmodifiableSet(coverages);
    }

    public List<Author> getAuthors() {
        return Collections.unmodifiableList(authors);
    }

    public List<Article> getRelated() {
        return Collections.unmodifiableList(related);
    }

    public MediaAsset getLeadMedia() {
        return leadMedia;
    }

    public String getVideoUrl() {
        return videoUrl;
    }

    public List<GalleryImage> getGallery() {
        return Collections.unmodifiableList(gallery);
    }

    public List<LiveEntry> getLiveEntries() {
        return Collections.unmodifiableList(liveEntries);
    }

    public String getTranslationGroup() {
        return translationGroup;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishAt() {
        return publishAt;
    }

    public Instant getUnpublishAt() {
        return unpublishAt;
    }

    public Instant getEmbargoUntil() {
        return embargoUntil;
    }

    public String getDesk() {
        return desk;
    }

    public String getAssignee() {
        return assignee;
    }
}
