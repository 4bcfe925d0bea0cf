package org.newsroom.editorial.staff;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.newsroom.domain.staff.ConsoleLanguage;
import org.newsroom.domain.staff.Role;
import org.newsroom.domain.staff.StaffUser;

/** The language each person's console speaks, kept with their account; only ever the caller's own. */
@Stateless
@RolesAllowed(Role.WRITER_NAME)
public class ConsoleLanguages {

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @Resource
    SessionContext session;

    /** The caller's chosen language; empty when they never chose (the console then follows their browser). */
    @RolesAllowed(Role.WRITER_NAME)
    public Optional<ConsoleLanguage> ofCaller() {
        return caller().flatMap(StaffUser::getConsoleLanguage);
    }

    @RolesAllowed(Role.WRITER_NAME)
    public void chooseForCaller(ConsoleLanguage language) {
        caller().ifPresent(account -> account.speak(language));
    }

    private Optional<StaffUser> caller() {
        return em.createQuery("select u from StaffUser u where u.username = :name", StaffUser.class)
                .setParameter("name", session.getCallerPrincipal().getName())
                .getResultStream().findFirst();
    }
}
