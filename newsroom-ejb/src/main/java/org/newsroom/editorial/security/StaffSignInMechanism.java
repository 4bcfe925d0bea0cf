package org.newsroom.editorial.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.limits.ClientAddress;
import org.newsroom.editorial.limits.ProblemDocument;
import org.newsroom.editorial.limits.RequestLimits;

/**
 * The application's one authentication mechanism, against the staff identity store.
 * <ul>
 * <li>{@code /api/*}: a personal API token ({@code Authorization: Bearer nrt_…}, see
 * {@link ApiTokens}) or HTTP Basic on every request, no session; a missing or wrong
 * password is a 401 with the Basic challenge, as the staff API has always answered, and a
 * refused token a 401 problem document.</li>
 * <li>console pages: the caller signs in on {@code login.xhtml} (which calls
 * {@code SecurityContext.authenticate}); the name and roles are kept in the HTTP session
 * (its id renewed at sign-in against session fixation), so the session's timeout is the
 * console's; a protected page without a session redirects to the sign-in page and
 * comes back afterwards.</li>
 * </ul>
 * Staff API requests are first held to the client's request limit ({@link RequestLimits}).
 * Every password check goes through {@link SignInThrottle} for the client's address
 * ({@link ClientAddress}) and the name.
 * It lives in the EJB module, beside the identity store, for a technical reason: the
 * container installs Jakarta Security in every WAR of the EAR once one mechanism bean
 * exists, so the reader WAR must be able to resolve it too (else every reader request
 * fails). It acts only in a web module that asks for it with the context parameter
 * {@value #ENABLED_PARAMETER} (the console's web.xml); elsewhere it does nothing.
 */
@ApplicationScoped
@DeclareRoles({Role.WRITER_NAME, Role.EDITOR_NAME, Role.CHIEF_EDITOR_NAME, Role.ADMIN_NAME})
public class StaffSignInMechanism implements HttpAuthenticationMechanism {

    static final String REALM = "Newsroom staff";
    static final String SESSION_CALLER = StaffSignInMechanism.class.getName() + ".caller";
    static final String SESSION_GROUPS = StaffSignInMechanism.class.getName() + ".groups";
    /** Where the sign-in page sends the caller back to. */
    public static final String SESSION_RETURN_TO = StaffSignInMechanism.class.getName() + ".returnTo";
    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Context parameter a web module sets to "true" to have its staff signed in here. */
    public static final String ENABLED_PARAMETER = "org.newsroom.staff-sign-in";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    SignInThrottle throttle;

    @Inject
    ClientAddress clients;

    @Inject
    RequestLimits limits;

    @EJB
    StaffSignIn signIn;

    @EJB
    ApiTokens tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (!"true".equals(request.getServletContext().getInitParameter(ENABLED_PARAMETER))) {
            return context.doNothing();
        }
        if (isStaffApi(request)) {
            // before any credential is looked at, so a flood of wrong passwords costs no hashing either
            long wait = limits.waitSeconds(RequestLimits.Area.STAFF_API, clients.of(request));
            if (wait > 0) {
                ProblemDocument.tooManyRequests(response, wait);
                return AuthenticationStatus.SEND_CONTINUE;
            }
            return basic(request, context);
        }
        return console(request, response, context);
    }

    private static boolean isStaffApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer", 0, 6) && (header.length() == 6 || header.charAt(6) == ' ')) {
            ApiTokens.SignedIn caller = tokens.signIn(header.substring(6).strip());
            return caller == null ? refuseToken(context) : context.notifyContainerAboutLogin(caller.username(), caller.groups());
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return challenge(context);
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return challenge(context);
            }
            CredentialValidationResult result = validate(request,
                    new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
            return result.getStatus() == CredentialValidationResult.Status.VALID
                    ? context.notifyContainerAboutLogin(result) : challenge(context);
        }
        return context.isProtected() ? challenge(context) : context.doNothing();
    }

    /** The identity store's answer, unless the client's address or the name is held back after failures. */
    private CredentialValidationResult validate(HttpServletRequest request, Credential credential) {
        String name = credential instanceof UsernamePasswordCredential given ? given.getCaller() : null;
        SignInThrottle.Attempt attempt = throttle.attempt(clients.of(request), name);
        if (attempt.refusal() != null) {
            if (attempt.heldBack() != null) {
                signIn.recordThrottled(name, attempt.heldBack());
            }
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = CredentialValidationResult.INVALID_RESULT;
        try {
            result = identityStore.validate(credential);
        } finally {
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                attempt.succeeded();
            } else {
                String heldBack = attempt.failed();
                if (heldBack != null) {
                    signIn.recordThrottled(name, heldBack);
                }
            }
        }
        return result;
    }

    /** A token that signs nobody in: 401 with a problem document (RFC 6750's invalid_token). */
    private static AuthenticationStatus refuseToken(HttpMessageContext context) {
        context.getResponse().setHeader("WWW-Authenticate", "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
        ProblemDocument.send(context.getResponse(), HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                "This API token is unknown, expired or revoked, or its account is disabled.");
        // the answer is complete and committed: nothing else is to be sent or invoked
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** No credentials, or wrong ones: 401 with a problem document, like every other refusal of the staff API. */
    private static AuthenticationStatus challenge(HttpMessageContext context) {
        context.getResponse().setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        ProblemDocument.send(context.getResponse(), HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                "Sign in with a user name and password (HTTP Basic) or an API token (Authorization: Bearer).");
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private AuthenticationStatus console(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = validate(request, credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true);
            request.changeSessionId();
            HttpSession session = request.getSession();
            session.setAttribute(SESSION_CALLER, result.getCallerPrincipal().getName());
            session.setAttribute(SESSION_GROUPS, Set.copyOf(result.getCallerGroups()));
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof String caller) {
            @SuppressWarnings("unchecked")
            Set<String> groups = (Set<String>) session.getAttribute(SESSION_GROUPS);
            return context.notifyContainerAboutLogin(caller, groups);
        }
        if (context.isProtected()) {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                request.getSession(true).setAttribute(SESSION_RETURN_TO,
                        request.getRequestURI().substring(request.getContextPath().length()) + (query == null ? "" : "?" + query));
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
            session.removeAttribute(SESSION_GROUPS);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
