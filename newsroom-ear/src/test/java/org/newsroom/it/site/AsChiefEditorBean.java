package org.newsroom.it.site;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.newsroom.domain.staff.Role;

/** Test-only: runs test code as CHIEF_EDITOR. */
@Stateless
@PermitAll
@RunAs(Role.CHIEF_EDITOR_NAME)
public class AsChiefEditorBean implements AsRole {

    @Override
    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    @Override
    public void run(ThrowingRunnable work) throws Exception {
        work.run();
    }
}
