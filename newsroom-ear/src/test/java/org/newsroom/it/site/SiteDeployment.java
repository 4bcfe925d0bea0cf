package org.newsroom.it.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.newsroom.it.Deployments;

/**
 * The real EAR, the test classes in lib/, and a test-only EJB module with one
 * {@code @RunAs} bean per role (an EJB in lib/ would not be deployed as one).
 */
final class SiteDeployment {

    private SiteDeployment() {
    }

    static EnterpriseArchive earWithRoles(Class<?>... testClasses) {
        Class<?>[] withRoles = new Class<?>[testClasses.length + 2];
        System.arraycopy(testClasses, 0, withRoles, 0, testClasses.length);
        withRoles[testClasses.length] = AsRole.class;
        withRoles[testClasses.length + 1] = AsRole.ThrowingRunnable.class;
        EnterpriseArchive ear = Deployments.earWithTests(withRoles);
        JavaArchive roles = ShrinkWrap.create(JavaArchive.class, AsRole.MODULE + ".jar")
                .addClasses(AsAdminBean.class, AsChiefEditorBean.class, AsEditorBean.class, AsWriterBean.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        String applicationXml = read(ear.get("META-INF/application.xml").getAsset().openStream())
                .replace("<library-directory>", "<module><ejb>" + AsRole.MODULE + ".jar</ejb></module>\n  <library-directory>");
        ear.delete("META-INF/application.xml");
        return ear.addAsModule(roles).setApplicationXML(new StringAsset(applicationXml));
    }

    private static String read(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
