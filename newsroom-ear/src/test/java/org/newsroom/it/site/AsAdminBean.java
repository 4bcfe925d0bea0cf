package org.newsroom.it.site;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.newsroom.domain.staff.Role;

/** Test-only: runs test code as ADMIN. */
@Stateless
@PermitAll
@RunAs(Role.ADMIN_NAME)
public class AsAdminBean implements AsRole {

    @Override
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    @Override
    public void run(ThrowingRunnable work) throws Exception {
        work.run();
    }
}
