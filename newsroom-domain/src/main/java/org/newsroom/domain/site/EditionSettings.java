package org.newsroom.domain.site;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.refusal.Reason;

/** An edition's name and slogan as its readers see them in every page's header. */
@Entity
@Table(name = "edition_settings")
public class EditionSettings {

    public static final int MAX_NAME = 80;
    public static final int MAX_SLOGAN = 200;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    private Edition edition;

    @Version
    private long version;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(length = MAX_SLOGAN)
    private String slogan;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
    private String updatedBy;

    protected EditionSettings() {
    }

    public EditionSettings(Edition edition) {
        this.edition = edition;
    }

    /** A name is required; a blank slogan means none. */
    public void change(String newName, String newSlogan, String by, Instant at) {
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty()) {
            throw new DomainRuleViolation(Reason.EDITION_NAME_MISSING);
        }
        if (name.length() > MAX_NAME) {
            throw new DomainRuleViolation(Reason.EDITION_NAME_TOO_LONG, MAX_NAME);
        }
        String slogan = newSlogan == null || newSlogan.isBlank() ? null : newSlogan.strip();
        if (slogan != null && slogan.length() > MAX_SLOGAN) {
            throw new DomainRuleViolation(Reason.SLOGAN_TOO_LONG, MAX_SLOGAN);
        }
        this.name = name;
        this.slogan = slogan;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public Edition getEdition() {
        return edition;
    }

    public String getName() {
        return name;
    }

    public String getSlogan() {
        return slogan;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
