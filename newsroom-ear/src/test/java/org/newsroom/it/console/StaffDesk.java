package org.newsroom.it.console;

import jakarta.ejb.Local;
import java.util.function.Supplier;

/**
 * Runs a piece of test code under a staff role: the services it calls see the caller in
 * that role. Implemented by {@link WriterDeskBean} (WRITER) and {@link EditorDeskBean} (EDITOR).
 */
@Local
public interface StaffDesk {

    String WRITER = "java:global/newsroom/newsroom-test-console-desk/WriterDeskBean!org.newsroom.it.console.StaffDesk";
    String EDITOR = "java:global/newsroom/newsroom-test-console-desk/EditorDeskBean!org.newsroom.it.console.StaffDesk";

    <T> T act(Supplier<T> work);
}
