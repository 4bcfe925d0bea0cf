package org.newsroom.admin.editor;

import static org.newsroom.admin.notices.Notices.error;

import jakarta.ejb.EJB;
import jakarta.enterprise.event.Observes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.newsroom.domain.article.Slug;
import org.newsroom.domain.article.StoryAction;
import org.newsroom.editorial.workflow.ArticleDetails;
import org.newsroom.editorial.workflow.ArticleWorkflow;
import org.newsroom.editorial.workflow.Choice;
import org.newsroom.editorial.workflow.DetailsView;
import org.newsroom.editorial.workflow.EditorChoices;
import org.newsroom.editorial.workflow.SectionChoice;
import org.newsroom.admin.notices.Notices;
import org.newsroom.domain.refusal.Reason;
import org.newsroom.domain.refusal.Refusal;

/**
 * The story's details: slug, section, regions, tags, coverages, byline, source, related
 * stories and a video story's address. Saved with the text by Save when the form differs
 * from what was loaded ({@link #isChanged}), or alone by Save details (an editor on a
 * published story, whose text goes through a correction).
 */
@Named
@ViewScoped
public class StoryDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ArticleWorkflow workflow;

    @EJB
    EditorChoices choices;

    @Inject
    OpenStory story;

    @Inject
    StoryLease lease;

    /** The details as last loaded, to tell whether the form changed them. */
    private DetailsView loaded;
    private String slug;
    private Long sectionId;
    private List<String> regionIds = new ArrayList<>();
    private List<String> coverageIds = new ArrayList<>();
    private List<String> tags = new ArrayList<>();
    private List<Choice> authors = new ArrayList<>();
    private List<Choice> related = new ArrayList<>();
    private String source;
    private String videoUrl;

    public void storyLoaded(@Observes StoryLoaded event) {
        fill(workflow.details(event.story().id()));
    }

    void fill(DetailsView details) {
        loaded = details;
        slug = details.slug();
        sectionId = details.sectionId();
        regionIds = details.regions().stream().map(c -> Long.toString(c.id())).collect(Collectors.toCollection(ArrayList::new));
        coverageIds = details.coverages().stream().map(c -> Long.toString(c.id())).collect(Collectors.toCollection(ArrayList::new));
        tags = details.tags().stream().map(Choice::name).collect(Collectors.toCollection(ArrayList::new));
        authors = new ArrayList<>(details.authors());
        related = new ArrayList<>(details.related());
        source = details.source();
        videoUrl = details.videoUrl();
    }

    /** What the form says now, as the service takes it. Every tag goes by name: the service finds or creates it. */
    ArticleDetails input() {
        return new ArticleDetails(slug, sectionId, ids(regionIds), List.of(), tags == null ? List.of() : tags, ids(coverageIds),
                authors == null ? List.of() : authors.stream().map(Choice::id).toList(), source,
                related == null ? List.of() : related.stream().map(Choice::id).toList(), videoUrl);
    }

    private ArticleDetails asLoaded() {
        return new ArticleDetails(loaded.slug(), loaded.sectionId(), loaded.regions().stream().map(Choice::id).toList(),
                List.of(), loaded.tags().stream().map(Choice::name).toList(), loaded.coverages().stream().map(Choice::id).toList(),
                loaded.authors().stream().map(Choice::id).toList(), loaded.source(),
                loaded.related().stream().map(Choice::id).toList(), loaded.videoUrl());
    }

    /**
     * Whether the form differs from the details as loaded, so Save sends them too. Blank and
     * missing are the same, spaces around words do not count, and regions and coverages are
     * sets; authors and related stories keep their order, which readers see.
     */
    boolean isChanged() {
        return loaded != null && !normalized(input()).equals(normalized(asLoaded()));
    }

    /** Saves the details along with a text just saved, quoting its version; nothing when they did not change. */
    public void describeIfChanged(long version) {
        if (isChanged()) {
            workflow.describe(story.id(), version, input());
        }
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

    /** Saves the details alone; the form keeps what was typed when refused, and the message says what to fix. */
    public void saveDetails() {
        story.attempt(() -> {
            workflow.describe(story.id(), story.version(), input());
            story.reload();
            return null;
        }, "editor.saved");
    }

    public boolean isDetailsEditable() {
        return story.allows(StoryAction.DESCRIBE) && !lease.isHeldByOther();
    }

    /** The slug names the reader URL: fixed once readers have seen it. */
    public boolean isSlugEditable() {
        return isDetailsEditable() && story.getArticle().publishedAt() == null;
    }

    /** A fresh slug from the headline as it is in the text's field. */
    public void slugFromHeadline(String headline) {
        try {
            slug = Slug.from(headline == null ? "" : headline).value();
        } catch (IllegalArgumentException noLetterOrDigit) {
            error(Notices.refusal(Refusal.of(Reason.HEADLINE_GIVES_NO_SLUG)));
        }
    }

    public boolean isVideo() {
        return loaded != null && "VIDEO".equals(loaded.kind());
    }

    public boolean isLive() {
        return loaded != null && "LIVE".equals(loaded.kind());
    }

    public String getKind() {
        return loaded == null ? null : loaded.kind();
    }

    public List<SectionChoice> getStorySections() {
        return story.getArticle() == null ? List.of() : workflow.sections(story.getArticle().edition());
    }

    public List<Choice> getRegionChoices() {
        return story.getArticle() == null ? List.of() : choices.regions(story.getArticle().edition());
    }

    public List<Choice> getCoverageChoices() {
        return story.getArticle() == null ? List.of() : choices.coverages(story.getArticle().edition());
    }

    /** Tag suggestions; what was typed comes first when no tag has exactly that name, so a new tag is one click. */
    public List<String> completeTag(String typed) {
        return typedFirst(typed, choices.tags(story.getArticle().edition(), typed).stream().map(Choice::name).toList());
    }

    static List<String> typedFirst(String typed, List<String> names) {
        List<String> offered = new ArrayList<>(names);
        String wanted = typed == null ? "" : typed.strip();
        if (!wanted.isEmpty() && offered.stream().noneMatch(n -> n.equalsIgnoreCase(wanted))) {
            offered.add(0, wanted);
        }
        return offered;
    }

    public List<Choice> completeAuthor(String typed) {
        return choices.authors(typed);
    }

    public List<Choice> completeStory(String typed) {
        return choices.stories(story.getArticle().edition(), typed, story.id());
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
}
