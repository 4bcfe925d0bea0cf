package org.newsroom.it.console;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.newsroom.domain.staff.Role;

/** Test-only: what the given code calls, it calls as a WRITER. */
@Stateless
@PermitAll
@RunAs(Role.WRITER_NAME)
public class WriterDeskBean implements StaffDesk {

    @Override
    public <T> T act(Supplier<T> work) {
        return work.get();
    }
}
