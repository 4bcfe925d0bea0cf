package org.newsroom.it.breaking;

import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.newsroom.it.Deployments;

/**
 * The real EAR, the test classes in lib/, and the test-only EJB module holding
 * {@link EditorsDeskBean} (an EJB in lib/ would not be deployed as one), listed in application.xml.
 */
final class BreakingDeployment {

    private BreakingDeployment() {
    }

    static EnterpriseArchive earWithDesk(Class<?>... testClasses) {
        return Deployments.earWithTestModule("newsroom-test-desk", new Class<?>[] {EditorsDeskBean.class},
                Deployments.plus(testClasses, EditorsDesk.class, SseReader.class, SocketReader.class,
                        org.newsroom.it.JsonField.class));
    }
}
