package org.newsroom.it.media;

import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.newsroom.it.Deployments;

/** The real EAR, the test classes in lib/, and a test-only EJB module with {@link WritersDeskBean}. */
final class MediaDeployment {

    private MediaDeployment() {
    }

    static EnterpriseArchive earWithWritersDesk(Class<?>... testClasses) {
        return Deployments.earWithTestModule("newsroom-test-writers-desk", new Class<?>[] {WritersDeskBean.class},
                Deployments.plus(testClasses, WritersDesk.class, TestPictures.class));
    }
}
