package org.newsroom.admin.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.security.StaffSignInMechanism;

/**
 * Who is at the keyboard and what their role lets them see. Only decides what the menus
 * and buttons show: the services check the role again whatever the page shows.
 */
@Named
@RequestScoped
public class SignedInStaff {

    /** How long before the session ends the warning appears. */
    private static final int WARNING_SECONDS = 120;

    @Inject
    SecurityContext security;

    /** The signed-in user's name, or null (the request's remote user: WildFly calls anonymous callers "anonymous" elsewhere). */
    public String getName() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public boolean isWriter() {
        return security.isCallerInRole(Role.WRITER_NAME);
    }

    public boolean isEditor() {
        return security.isCallerInRole(Role.EDITOR_NAME);
    }

    public boolean isChiefEditor() {
        return security.isCallerInRole(Role.CHIEF_EDITOR_NAME);
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Role.ADMIN_NAME);
    }

    public String getHighestRole() {
        return isAdmin() ? Role.ADMIN_NAME : isChiefEditor() ? Role.CHIEF_EDITOR_NAME : isEditor() ? Role.EDITOR_NAME
                : isWriter() ? Role.WRITER_NAME : "";
    }

    public long getSessionMillis() {
        HttpSession session = session();
        int seconds = session == null || session.getMaxInactiveInterval() <= 0 ? 1800 : session.getMaxInactiveInterval();
        return seconds * 1000L;
    }

    public long getWarnAfterMillis() {
        long session = getSessionMillis();
        return Math.max(session / 2, session - WARNING_SECONDS * 1000L);
    }

    public void signOut() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + StaffSignInMechanism.LOGIN_PAGE);
    }

    private static HttpSession session() {
        return (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
    }
}
