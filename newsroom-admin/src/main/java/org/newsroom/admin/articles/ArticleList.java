package org.newsroom.admin.articles;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.newsroom.admin.time.DeskTime;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.listing.ArticleFilter;
import org.newsroom.editorial.listing.ArticleListing;
import org.newsroom.editorial.listing.ArticleRow;
import org.newsroom.editorial.workflow.ArticleWorkflow;
import org.newsroom.editorial.workflow.Choice;
import org.newsroom.editorial.workflow.EditorChoices;
import org.newsroom.editorial.workflow.SectionChoice;
import org.primefaces.model.LazyDataModel;

/** Finding stories: the filter form above the table and the table's lazy model. */
@Named
@ViewScoped
public class ArticleList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ArticleListing listing;

    @EJB
    ArticleWorkflow workflow;

    @EJB
    EditorChoices choices;

    @Inject
    DeskTime deskTime;

    private Edition edition;
    private Long sectionId;
    private ArticleStatus status;
    private String author;
    private String desk;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private Long regionId;
    private Choice tag;
    private Choice byline;
    private LazyDataModel<ArticleRow> rows;

    @PostConstruct
    void init() {
        rows = new ArticleRows(listing, this::filter);
    }

    ArticleFilter filter() {
        return new ArticleFilter(edition, sectionId, status == null ? Set.of() : Set.of(status), author, desk,
                from == null ? null : deskTime.toInstant(from.atStartOfDay()),
                to == null ? null : deskTime.toInstant(to.plusDays(1).atStartOfDay()), text,
                regionId, tag == null ? null : tag.id(), byline == null ? null : byline.id());
    }

    public void clear() {
        edition = null;
        sectionId = null;
        status = null;
        author = null;
        desk = null;
        from = null;
        to = null;
        text = null;
        regionId = null;
        tag = null;
        byline = null;
    }

    /** Regions and tags belong to an edition: a new edition drops the old edition's picks. */
    public void editionChanged() {
        sectionId = null;
        regionId = null;
        tag = null;
    }

    /** The edition's regions; none until an edition is chosen. */
    public List<Choice> getRegions() {
        return edition == null ? List.of() : choices.regions(edition.code());
    }

    /** The edition's tags by what was typed; none until an edition is chosen. */
    public List<Choice> completeTag(String typed) {
        return edition == null ? List.of() : choices.tags(edition.code(), typed);
    }

    /** Byline authors by what was typed (authors are shared by every edition). */
    public List<Choice> completeByline(String typed) {
        return choices.authors(typed);
    }

    public List<SectionChoice> getSections() {
        return edition == null ? List.of() : workflow.sections(edition.code());
    }

    public Edition[] getEditions() {
        return Edition.values();
    }

    public ArticleStatus[] getStatuses() {
        return ArticleStatus.values();
    }

    public LazyDataModel<ArticleRow> getRows() {
        return rows;
    }

    public Edition getEdition() {
        return edition;
    }

    public void setEdition(Edition edition) {
        this.edition = edition;
    }

    public Long getSectionId() {
        return sectionId;
    }

    public void setSectionId(Long sectionId) {
        this.sectionId = sectionId;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public void setStatus(ArticleStatus status) {
        this.status = status;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getDesk() {
        return desk;
    }

    public void setDesk(String desk) {
        this.desk = desk;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public Choice getTag() {
        return tag;
    }

    public void setTag(Choice tag) {
        this.tag = tag;
    }

    public Choice getByline() {
        return byline;
    }

    public void setByline(Choice byline) {
        this.byline = byline;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
