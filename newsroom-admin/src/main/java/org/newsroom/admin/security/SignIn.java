package org.newsroom.admin.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import org.newsroom.editorial.security.StaffSignInMechanism;

/** The sign-in page: hands the name and password to the one authentication mechanism. */
@Named
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext security;

    private String username;
    private String password;
    private boolean expired;

    /**
     * Someone already signed in who opens the sign-in page goes to the dashboard. The
     * request's remote user, not SecurityContext's principal: WildFly names anonymous
     * callers "anonymous" there.
     */
    public String alreadySignedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser() != null ? "/index?faces-redirect=true" : null;
    }

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        password = null;
        switch (status) {
            case SUCCESS -> {
                Object returnTo = external.getSessionMap().remove(StaffSignInMechanism.SESSION_RETURN_TO);
                String target = returnTo instanceof String path && path.startsWith("/") && !path.startsWith("//")
                        && !path.startsWith(StaffSignInMechanism.LOGIN_PAGE) ? path : "/index.xhtml";
                external.redirect(external.getRequestContextPath() + target);
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    ResourceBundle.getBundle("org.newsroom.admin.console", faces.getViewRoot().getLocale()).getString("signin.failed"), null));
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }
}
