package org.newsroom.editorial.staff;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.newsroom.domain.staff.Role;
import org.newsroom.domain.staff.StaffUser;
import org.newsroom.editorial.configuration.Setting;

/**
 * On a new installation, creates the console user {@code admin}. Its password is
 * {@code NEWSROOM_ADMIN_PASSWORD} when set; otherwise a random one, printed once in
 * the log. There is no fixed default password.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    public static final String USERNAME = "admin";
    static final String PASSWORD_VARIABLE = Setting.ADMIN_PASSWORD.variable();
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Inject
    Clock clock;

    /** What this start did about the first account (the ready line tells a newcomer how to sign in). */
    public enum ThisStart { EXISTING_STAFF, GENERATED_PASSWORD, PASSWORD_FROM_ENVIRONMENT }

    private ThisStart thisStart = ThisStart.EXISTING_STAFF;

    /** Whether this start created {@code admin}, and with which password; says nothing secret. */
    @PermitAll
    @Lock(LockType.READ)
    public ThisStart thisStart() {
        return thisStart;
    }

    @PostConstruct
    void createIfNoStaffExists() {
        long staff = em.createQuery("select count(u) from StaffUser u", Long.class).getSingleResult();
        if (staff > 0) {
            return;
        }
        String given = Setting.ADMIN_PASSWORD.text();
        boolean generated = given == null || given.isBlank();
        thisStart = generated ? ThisStart.GENERATED_PASSWORD : ThisStart.PASSWORD_FROM_ENVIRONMENT;
        String password = generated ? randomPassword() : given;
        em.persist(new StaffUser(USERNAME, "Administrator", PasswordHashing.hash(password.toCharArray()),
                EnumSet.of(Role.ADMIN, Role.CHIEF_EDITOR), clock.instant()));
        if (generated) {
            LOG.warning("Newsroom: created console user 'admin' with the generated password " + password
                    + " (shown only this once; set " + PASSWORD_VARIABLE + " before the first start to choose it)");
        } else {
            LOG.info("Newsroom: created console user 'admin' with the password from " + PASSWORD_VARIABLE);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
