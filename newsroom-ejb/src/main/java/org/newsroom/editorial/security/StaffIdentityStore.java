package org.newsroom.editorial.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** The console's and the staff API's identity store: staff_user and staff_role, via {@link StaffSignIn}. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @EJB
    StaffSignIn signIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential given)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Set<String> roles = signIn.check(given.getCaller(), given.getPassword().getValue());
        return roles == null ? CredentialValidationResult.INVALID_RESULT
                : new CredentialValidationResult(given.getCaller(), roles);
    }
}
