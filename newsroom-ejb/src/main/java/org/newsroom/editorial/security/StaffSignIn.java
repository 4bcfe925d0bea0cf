package org.newsroom.editorial.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.staff.Role;
import org.newsroom.domain.staff.StaffUser;
import org.newsroom.editorial.audit.AuditTrail;
import org.newsroom.editorial.staff.PasswordHashing;
import org.newsroom.editorial.staff.VerifiedPasswords;

/**
 * Checks a user name and password. Open to everybody (it is how one becomes somebody);
 * every failure is audited. An unknown name costs a full hash like a known one, so the
 * time of the answer says nothing about which names exist. A password verified recently
 * against the same stored hash is not hashed again ({@link VerifiedPasswords}); one stored
 * with fewer rounds than today's is hashed again on the spot. Repeated failures are slowed
 * down before this is called ({@link SignInThrottle}).
 */
@Stateless
@PermitAll
public class StaffSignIn {

    private static final int MAX_NAME = 60;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    VerifiedPasswords verifiedPasswords;

    /** The caller's roles (each with the roles it includes), or null when refused. */
    @PermitAll
    public Set<String> check(String username, char[] password) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            return null;
        }
        StaffUser user = em.createQuery("select u from StaffUser u where u.username = :name", StaffUser.class)
                .setParameter("name", name).getResultStream().findFirst().orElse(null);
        if (user == null) {
            PasswordHashing.verifyNobody(password);
            audit.record(name, AuditAction.SIGN_IN_FAILED, null, "unknown user");
            return null;
        }
        String stored = user.getPasswordHash();
        if (!verifiedPasswords.contains(name, password, stored)) {
            if (!PasswordHashing.verify(password, stored)) {
                audit.record(name, AuditAction.SIGN_IN_FAILED, null, "wrong password");
                return null;
            }
            if (PasswordHashing.needsUpgrade(stored)) {
                stored = upgrade(user, password);
            }
            verifiedPasswords.remember(name, password, stored);
        }
        if (!user.isEnabled()) {
            audit.record(name, AuditAction.SIGN_IN_FAILED, null, "account disabled");
            return null;
        }
        return withIncludedRoles(user.getRoles());
    }

    /** Audits that sign-ins for a name or from an address are held back for a while. */
    @PermitAll
    public void recordThrottled(String name, String detail) {
        audit.record(name == null || name.isBlank() ? "-" : name.strip(), AuditAction.SIGN_IN_THROTTLED, null, detail);
    }

    /**
     * Stores a hash with today's rounds. A plain update guarded by the old hash, not the
     * entity's version: two sign-ins at once must not refuse each other, and a password
     * changed meanwhile must not be overwritten.
     */
    private String upgrade(StaffUser user, char[] password) {
        String fresh = PasswordHashing.hash(password);
        int updated = em.createQuery("update StaffUser u set u.passwordHash = :fresh where u.id = :id and u.passwordHash = :old")
                .setParameter("fresh", fresh).setParameter("id", user.getId()).setParameter("old", user.getPasswordHash())
                .executeUpdate();
        return updated == 1 ? fresh : user.getPasswordHash();
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
