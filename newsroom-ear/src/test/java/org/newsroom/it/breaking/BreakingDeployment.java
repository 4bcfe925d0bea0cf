package org.newsroom.it.breaking;

import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.newsroom.it.Deployments;
import org.newsroom.it.site.AsAdminBean;
import org.newsroom.it.site.AsEditorBean;
import org.newsroom.it.site.AsRole;

/**
 * The real EAR, the test classes in lib/, and the test-only EJB module holding
 * {@link EditorsDeskBean} (an EJB in lib/ would not be deployed as one), listed in application.xml.
 */
final class BreakingDeployment {

    static final String MODULE = "newsroom-test-desk";

    private BreakingDeployment() {
    }

    static EnterpriseArchive earWithDesk(Class<?>... testClasses) {
        return Deployments.earWithTestModule(MODULE, new Class<?>[] {EditorsDeskBean.class}, helpers(testClasses));
    }

    /**
     * The same, with {@link AsAdminBean} and {@link AsEditorBean} in the module too, for what
     * only an administrator may do (and an editor may not).
     */
    static EnterpriseArchive earWithDeskAndRoles(Class<?>... testClasses) {
        return Deployments.earWithTestModule(MODULE,
                new Class<?>[] {EditorsDeskBean.class, AsAdminBean.class, AsEditorBean.class},
                Deployments.plus(helpers(testClasses), AsRole.class, AsRole.ThrowingRunnable.class));
    }

    private static Class<?>[] helpers(Class<?>... testClasses) {
        return Deployments.plus(testClasses, EditorsDesk.class, SseReader.class, SocketReader.class,
                org.newsroom.it.JsonField.class);
    }
}
