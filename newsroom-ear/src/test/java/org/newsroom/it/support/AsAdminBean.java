package org.newsroom.it.support;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.newsroom.domain.staff.Role;

/**
 * Test-only: runs test code as ADMIN. The four runners repeat these few lines on purpose: a
 * method's security annotation comes from the class that declares it, so an inherited
 * {@code call} would not be {@code @PermitAll} here.
 */
@Stateless
@PermitAll
@RunAs(Role.ADMIN_NAME)
public class AsAdminBean implements AsRole {

    @Resource
    SessionContext session;

    @Override
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    @Override
    public void run(ThrowingRunnable work) throws Exception {
        work.run();
    }

    @Override
    public String callerName() {
        return session.getCallerPrincipal().getName();
    }
}
