package org.newsroom.admin.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import org.newsroom.domain.staff.Role;

/**
 * HTTP Basic against the staff identity store (newsroom-ejb's StaffIdentityStore). It only
 * challenges for resources web.xml protects (/api/*); the password crosses the wire in
 * every request, so production serves /admin over TLS only.
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = "Newsroom staff")
@DeclareRoles({Role.WRITER_NAME, Role.EDITOR_NAME, Role.CHIEF_EDITOR_NAME, Role.ADMIN_NAME})
public class StaffApiSignIn {
}
