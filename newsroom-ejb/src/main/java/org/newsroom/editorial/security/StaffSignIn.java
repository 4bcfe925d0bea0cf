package org.newsroom.editorial.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.staff.Role;
import org.newsroom.domain.staff.StaffUser;
import org.newsroom.editorial.audit.AuditTrail;
import org.newsroom.editorial.staff.PasswordHashing;

/**
 * Checks a user name and password. Open to everybody (it is how one becomes somebody);
 * every failure is audited, and after {@link #MAX_FAILURES} failures within
 * {@link #WINDOW} the name is refused, even with the right password, until the window passes.
 */
@Stateless
@PermitAll
public class StaffSignIn {

    public static final int MAX_FAILURES = Integer.getInteger("newsroom.signin.max-failures", 5);
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_NAME = 60;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** The caller's roles (each with the roles it includes), or null when refused. */
    public Set<String> check(String username, char[] password) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            return null;
        }
        Instant now = clock.instant();
        long recentFailures = em.createQuery("select count(e) from AuditEntry e where e.actor = :name and e.action = :a "
                        + "and e.occurredAt > :since", Long.class)
                .setParameter("name", name).setParameter("a", AuditAction.SIGN_IN_FAILED.name())
                .setParameter("since", now.minus(WINDOW)).getSingleResult();
        if (recentFailures >= MAX_FAILURES) {
            audit.record(name, AuditAction.SIGN_IN_THROTTLED, null, recentFailures + " failures in " + WINDOW.toMinutes() + " minutes");
            return null;
        }
        StaffUser user = em.createQuery("select u from StaffUser u where u.username = :name", StaffUser.class)
                .setParameter("name", name).getResultStream().findFirst().orElse(null);
        if (user == null || !PasswordHashing.verify(password, user.getPasswordHash())) {
            audit.record(name, AuditAction.SIGN_IN_FAILED, null, user == null ? "unknown user" : "wrong password");
            return null;
        }
        if (!user.isEnabled()) {
            audit.record(name, AuditAction.SIGN_IN_FAILED, null, "account disabled");
            return null;
        }
        return withIncludedRoles(user.getRoles());
    }

    /** EDITOR includes WRITER, and so on: the container checks plain names, so grant them all. */
    static Set<String> withIncludedRoles(Set<Role> roles) {
        Set<String> granted = new TreeSet<>();
        for (Role held : roles) {
            Arrays.stream(Role.values()).filter(held::includes).map(Role::name).forEach(granted::add);
        }
        return granted;
    }
}
