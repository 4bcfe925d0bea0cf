package org.newsroom.domain.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.refusal.Reason;

/** A person who may sign in to the console. */
@Entity
@Table(name = "staff_user")
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_user_seq")
    private Long id;

    @Version
    private long version;

    @NotBlank(message = "{org.newsroom.domain.refusal.Reason.INPUT_FIELD_MISSING}")
    @Size(min = 2, max = 60, message = "{org.newsroom.domain.refusal.Reason.INPUT_FIELD_LENGTH}")
    @Pattern(regexp = "[a-z0-9._-]+", message = "{org.newsroom.domain.refusal.Reason.INPUT_USER_NAME_LETTERS}")
    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @NotBlank(message = "{org.newsroom.domain.refusal.Reason.INPUT_FIELD_MISSING}")
    @Size(max = 120, message = "{org.newsroom.domain.refusal.Reason.INPUT_FIELD_TOO_LONG}")
    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    /** PBKDF2 hash in the format of Jakarta Security's {@code Pbkdf2PasswordHash}. */
    @NotBlank(message = "{org.newsroom.domain.refusal.Reason.PASSWORD_MISSING}")
    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The desks whose review queues this person works on (a desk is a name, as on articles). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_desk", joinColumns = @JoinColumn(name = "staff_user_id"))
    @Column(name = "desk", nullable = false, length = 40)
    private Set<String> desks = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The language the console speaks to this person; none chosen: their browser's. */
    @Enumerated(EnumType.STRING)
    @Column(name = "console_language", length = 2)
    private ConsoleLanguage consoleLanguage;

    protected StaffUser() {
    }

    public StaffUser(String username, String displayName, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Optional<ConsoleLanguage> getConsoleLanguage() {
        return Optional.ofNullable(consoleLanguage);
    }

    public void speak(ConsoleLanguage language) {
        this.consoleLanguage = language;
    }

    public Set<String> getDesks() {
        return Collections.unmodifiableSet(new TreeSet<>(desks));
    }

    /** Replaces the desks; names are trimmed, blanks dropped, each at most 40 characters. */
    public void assignDesks(Set<String> newDesks) {
        Set<String> cleaned = new TreeSet<>();
        for (String desk : newDesks) {
            if (desk != null && !desk.isBlank()) {
                String name = desk.strip();
                if (name.length() > 40) {
                    throw new DomainRuleViolation(Reason.DESK_NAME_TOO_LONG, 40, name);
                }
                cleaned.add(name);
            }
        }
        desks.clear();
        desks.addAll(cleaned);
    }

    /** True while this account may sign in as an administrator. */
    public boolean isActiveAdministrator() {
        return enabled && roles.contains(Role.ADMIN);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** True if one of this user's roles includes the given one. */
    public boolean may(Role role) {
        return roles.stream().anyMatch(r -> r.includes(role));
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void assignRoles(Set<Role> newRoles) {
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }
}
