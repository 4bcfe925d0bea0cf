package org.newsroom.it.site;

import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.newsroom.it.Deployments;

/**
 * The real EAR, the test classes in lib/, and a test-only EJB module with one
 * {@code @RunAs} bean per role (an EJB in lib/ would not be deployed as one).
 */
final class SiteDeployment {

    private SiteDeployment() {
    }

    static EnterpriseArchive earWithRoles(Class<?>... testClasses) {
        return Deployments.earWithTestModule(AsRole.MODULE,
                new Class<?>[] {AsAdminBean.class, AsChiefEditorBean.class, AsEditorBean.class, AsWriterBean.class},
                Deployments.plus(testClasses, AsRole.class, AsRole.ThrowingRunnable.class));
    }
}
