package org.newsroom.editorial.staff;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsroom.domain.DomainRuleViolation;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.staff.Role;
import org.newsroom.domain.staff.StaffUser;
import org.newsroom.editorial.audit.AuditTrail;
import org.newsroom.editorial.ActionRefused;
import org.newsroom.domain.refusal.InvalidInput;
import org.newsroom.domain.refusal.Reason;
import org.newsroom.domain.refusal.Refusal;

/**
 * Staff accounts, their roles and desks; administrators only. Every change is audited.
 * The directory never leaves the newsroom without an administrator: no change may
 * disable or demote the last enabled ADMIN, and nobody disables their own account.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class StaffDirectory {

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Inject
    AuditTrail audit;

    @Inject
    VerifiedPasswords verifiedPasswords;

    /** A staff member as administrators see it; never the hash. */
    public record StaffView(String username, String displayName, boolean enabled, Set<Role> roles, Set<String> desks) {
        static StaffView of(StaffUser u) {
            return new StaffView(u.getUsername(), u.getDisplayName(), u.isEnabled(), u.getRoles(), u.getDesks());
        }
    }

    /**
     * An account and, when the system made the password up, that password: shown to the
     * administrator once, stored nowhere but as a hash.
     */
    public record NewPassword(StaffView account, String generatedPassword) {
        @Override
        public String toString() {
            return "NewPassword[" + account.username() + "]";
        }
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<StaffView> all() {
        return em.createQuery("select u from StaffUser u order by u.username", StaffUser.class)
                .getResultStream().map(StaffView::of).toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public StaffView create(String username, String displayName, String password, Set<Role> roles) {
        if (password == null || password.isEmpty()) {
            throw new ActionRefused(ActionRefused.Why.INVALID, Reason.PASSWORD_MISSING);
        }
        return open(username, displayName, password, roles, Set.of()).account();
    }

    /**
     * Opens an account. A null or blank {@code password} makes the system generate one,
     * returned once in the result; a typed one must meet {@link PasswordPolicy}.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public NewPassword open(String username, String displayName, String password, Set<Role> roles, Set<String> desks) {
        return openFor(caller(), username, displayName, password, roles, desks);
    }

    /**
     * {@link #open} with the actor the audit records named by the caller: the operations
     * tool (package {@code operations}) acts for an operating-system user, not a signed-in one.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public NewPassword openFor(String actor, String username, String displayName, String password, Set<Role> roles,
                               Set<String> desks) {
        String name = username == null ? "" : username.strip();
        boolean generate = password == null || password.isBlank();
        String chosen = generate ? PasswordPolicy.generate() : password;
        if (!generate) {
            PasswordPolicy.weakness(chosen, name).ifPresent(why -> {
                throw new ActionRefused(ActionRefused.Why.INVALID, why);
            });
        }
        if (find(name) != null) {
            throw new ActionRefused(ActionRefused.Why.RULE, Reason.USER_NAME_TAKEN, name);
        }
        StaffUser user = new StaffUser(name, displayName == null ? null : displayName.strip(),
                PasswordHashing.hash(chosen.toCharArray()),
                roles == null ? EnumSet.noneOf(Role.class) : roles, clock.instant());
        assignDesks(user, desks);
        Set<ConstraintViolation<StaffUser>> violations = validator.validate(user);
        if (!violations.isEmpty()) {
            throw new ActionRefused(ActionRefused.Why.INVALID, InvalidInput.of(violations,
                    (violation, sentence) -> labelled(violation.getPropertyPath().toString(), sentence)));
        }
        em.persist(user);
        audit.record(actor, AuditAction.USER_CREATED, null, name + " " + user.getRoles() + " desks " + user.getDesks());
        return new NewPassword(StaffView.of(user), generate ? chosen : null);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public StaffView changeRoles(String username, Set<Role> roles) {
        StaffUser user = require(username);
        Set<Role> wanted = roles == null ? EnumSet.noneOf(Role.class) : roles;
        if (user.isActiveAdministrator() && !wanted.contains(Role.ADMIN)) {
            requireAnotherAdministrator(user, Reason.LAST_ADMINISTRATOR_DEMOTED);
        }
        user.assignRoles(wanted);
        audit.record(caller(), AuditAction.ROLES_CHANGED, null, username + " " + user.getRoles());
        return StaffView.of(user);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public StaffView changeDesks(String username, Set<String> desks) {
        StaffUser user = require(username);
        assignDesks(user, desks);
        audit.record(caller(), AuditAction.DESKS_CHANGED, null, username + " " + user.getDesks());
        return StaffView.of(user);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public StaffView enable(String username, boolean enabled) {
        return enableFor(caller(), username, enabled);
    }

    /** {@link #enable} with the actor named by the caller (see {@link #openFor}). */
    @RolesAllowed(Role.ADMIN_NAME)
    public StaffView enableFor(String actor, String username, boolean enabled) {
        StaffUser user = require(username);
        if (enabled) {
            user.enable();
        } else {
            if (user.getUsername().equals(actor)) {
                throw new ActionRefused(ActionRefused.Why.RULE, Reason.DISABLE_OWN_ACCOUNT);
            }
            if (user.isActiveAdministrator()) {
                requireAnotherAdministrator(user, Reason.LAST_ADMINISTRATOR_DISABLED);
            }
            user.disable();
            verifiedPasswords.forget(user.getUsername());
        }
        audit.record(actor, enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, null, username);
        return StaffView.of(user);
    }

    /** Gives the account a new generated password, returned once; the old one stops working at once. */
    @RolesAllowed(Role.ADMIN_NAME)
    public NewPassword resetPassword(String username) {
        return resetPasswordFor(caller(), username, null);
    }

    /**
     * {@link #resetPassword} with the actor named by the caller (see {@link #openFor}) and,
     * unless {@code password} is null or blank, the new password chosen by the caller: it
     * must meet {@link PasswordPolicy}, and then none is returned.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public NewPassword resetPasswordFor(String actor, String username, String password) {
        StaffUser user = require(username);
        boolean generate = password == null || password.isBlank();
        String chosen = generate ? PasswordPolicy.generate() : password;
        if (!generate) {
            PasswordPolicy.weakness(chosen, user.getUsername()).ifPresent(why -> {
                throw new ActionRefused(ActionRefused.Why.INVALID, why);
            });
        }
        user.changePasswordHash(PasswordHashing.hash(chosen.toCharArray()));
        verifiedPasswords.forget(user.getUsername());
        audit.record(actor, AuditAction.PASSWORD_RESET, null, username);
        return new NewPassword(StaffView.of(user), generate ? chosen : null);
    }

    private void requireAnotherAdministrator(StaffUser user, Reason lastAdministrator) {
        long others = em.createQuery("select count(u) from StaffUser u join u.roles r where r = :admin"
                        + " and u.enabled = true and u.id <> :id", Long.class)
                .setParameter("admin", Role.ADMIN).setParameter("id", user.getId()).getSingleResult();
        if (others == 0) {
            throw new ActionRefused(ActionRefused.Why.RULE, lastAdministrator, user.getUsername());
        }
    }

    private static void assignDesks(StaffUser user, Set<String> desks) {
        try {
            user.assignDesks(desks == null ? Set.of() : desks);
        } catch (DomainRuleViolation e) {
            throw new ActionRefused(ActionRefused.Why.INVALID, e.refusal());
        }
    }

    /** A broken constraint's sentence after the name of the field it is about. */
    private static Object labelled(String property, Object sentence) {
        return switch (property) {
            case "username" -> Refusal.of(Reason.INPUT_FIELD_USER_NAME, sentence);
            case "displayName" -> Refusal.of(Reason.INPUT_FIELD_NAME, sentence);
            default -> sentence; // the password's hash: its sentence says what is missing
        };
    }

    private StaffUser require(String username) {
        StaffUser user = find(username);
        if (user == null) {
            throw new ActionRefused(ActionRefused.Why.NOT_FOUND, Reason.NO_USER, username);
        }
        return user;
    }

    private StaffUser find(String username) {
        return em.createQuery("select u from StaffUser u where u.username = :n", StaffUser.class)
                .setParameter("n", Objects.requireNonNullElse(username, "")).getResultStream().findFirst().orElse(null);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
