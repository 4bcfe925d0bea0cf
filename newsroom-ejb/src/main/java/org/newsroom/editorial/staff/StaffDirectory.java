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
import java.util.Set;
import java.util.stream.Collectors;
import org.newsroom.domain.audit.AuditAction;
import org.newsroom.domain.staff.Role;
import org.newsroom.domain.staff.StaffUser;
import org.newsroom.editorial.audit.AuditTrail;
import org.newsroom.editorial.workflow.ActionRefused;

/** Staff accounts and their roles; administrators only. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class StaffDirectory {

    private static final int MIN_PASSWORD = 12;

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

    /** A staff member as administrators see it; never the hash. */
    public record StaffView(String username, String displayName, boolean enabled, Set<Role> roles) {
        static StaffView of(StaffUser u) {
            return new StaffView(u.getUsername(), u.getDisplayName(), u.isEnabled(), u.getRoles());
        }
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public List<StaffView> all() {
        return em.createQuery("select u from StaffUser u order by u.username", StaffUser.class)
                .getResultStream().map(StaffView::of).toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public StaffView create(String username, String displayName, String password, Set<Role> roles) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new ActionRefused(ActionRefused.Why.INVALID, "A password needs at least " + MIN_PASSWORD + " characters");
        }
        if (find(username) != null) {
            throw new ActionRefused(ActionRefused.Why.INVALID, "The user name " + username + " is taken");
        }
        StaffUser user = new StaffUser(username, displayName, PasswordHashing.hash(password.toCharArray()),
                roles == null ? EnumSet.noneOf(Role.class) : roles, clock.instant());
        Set<ConstraintViolation<StaffUser>> violations = validator.validate(user);
        if (!violations.isEmpty()) {
            throw new ActionRefused(ActionRefused.Why.INVALID, violations.stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        em.persist(user);
        audit.record(caller(), AuditAction.USER_CREATED, null, username + " " + user.getRoles());
        return StaffView.of(user);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public StaffView changeRoles(String username, Set<Role> roles) {
        StaffUser user = require(username);
        user.assignRoles(roles);
        audit.record(caller(), AuditAction.ROLES_CHANGED, null, username + " " + user.getRoles());
        return StaffView.of(user);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public StaffView enable(String username, boolean enabled) {
        StaffUser user = require(username);
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
        audit.record(caller(), enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, null, username);
        return StaffView.of(user);
    }

    private StaffUser require(String username) {
        StaffUser user = find(username);
        if (user == null) {
            throw new ActionRefused(ActionRefused.Why.NOT_FOUND, "There is no user " + username);
        }
        return user;
    }

    private StaffUser find(String username) {
        return em.createQuery("select u from StaffUser u where u.username = :n", StaffUser.class)
                .setParameter("n", username).getResultStream().findFirst().orElse(null);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
