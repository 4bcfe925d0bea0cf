package org.newsroom.it.console;

import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.newsroom.it.Deployments;

/**
 * The real EAR, the test classes in lib/, and a test-only EJB module with the staff desks
 * (an EJB in lib/ would not be deployed as one), listed in application.xml.
 */
final class ConsoleDeployment {

    private ConsoleDeployment() {
    }

    static EnterpriseArchive earWithDesks(Class<?>... testClasses) {
        return Deployments.earWithTestModule("newsroom-test-console-desk",
                new Class<?>[] {WriterDeskBean.class, EditorDeskBean.class}, Deployments.plus(testClasses, StaffDesk.class));
    }
}
