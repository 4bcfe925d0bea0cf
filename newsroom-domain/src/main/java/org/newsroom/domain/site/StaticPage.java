package org.newsroom.domain.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.refusal.Reason;

/** One of an edition's fixed pages (about, contact, privacy), its title and its (already sanitized) HTML. */
@Entity
@Table(name = "static_page")
public class StaticPage {

    /** The pages the reader site has an address for. */
    public static final List<String> NAMES = List.of("about", "contact", "privacy");
    public static final int MAX_TITLE = 120;
    public static final int MAX_BODY = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "static_page_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Edition edition;

    @Column(nullable = false, length = 20)
    private String name;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    protected StaticPage() {
    }

    public StaticPage(Edition edition, String name) {
        if (!NAMES.contains(name)) {
            throw new DomainRuleViolation(Reason.NO_SUCH_PAGE, name, String.join(", ", NAMES));
        }
        this.edition = edition;
        this.name = name;
    }

    /** Sets title and body; the body must already be sanitized and must say something. */
    public void write(String newTitle, String sanitizedBody, String by, Instant at) {
        String title = newTitle == null ? "" : newTitle.strip();
        if (title.isEmpty()) {
            throw new DomainRuleViolation(Reason.PAGE_TITLE_MISSING);
        }
        if (title.length() > MAX_TITLE) {
            throw new DomainRuleViolation(Reason.PAGE_TITLE_TOO_LONG, MAX_TITLE);
        }
        if (sanitizedBody == null || sanitizedBody.replaceAll("<[^>]*>", "").isBlank()) {
            throw new DomainRuleViolation(Reason.PAGE_TEXT_MISSING);
        }
        if (sanitizedBody.length() > MAX_BODY) {
            throw new DomainRuleViolation(Reason.PAGE_TOO_LONG, MAX_BODY);
        }
        this.title = title;
        this.body = sanitizedBody;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Edition getEdition() {
        return edition;
    }

    public String getName() {
        return name;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
