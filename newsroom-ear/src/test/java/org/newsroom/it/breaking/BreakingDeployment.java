package org.newsroom.it.breaking;

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
 * The real EAR, the test classes in lib/, and the test-only EJB module holding
 * {@link EditorsDeskBean} (an EJB in lib/ would not be deployed as one), listed in application.xml.
 */
final class BreakingDeployment {

    private BreakingDeployment() {
    }

    static EnterpriseArchive earWithDesk(Class<?>... testClasses) {
        Class<?>[] withDesk = new Class<?>[testClasses.length + 4];
        System.arraycopy(testClasses, 0, withDesk, 0, testClasses.length);
        withDesk[testClasses.length] = EditorsDesk.class;
        withDesk[testClasses.length + 1] = SseReader.class;
        withDesk[testClasses.length + 2] = SocketReader.class;
        withDesk[testClasses.length + 3] = org.newsroom.it.JsonField.class;
        EnterpriseArchive ear = Deployments.earWithTests(withDesk);
        JavaArchive desk = ShrinkWrap.create(JavaArchive.class, "newsroom-test-desk.jar")
                .addClass(EditorsDeskBean.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        String applicationXml = read(ear.get("META-INF/application.xml").getAsset().openStream())
                .replace("<library-directory>", "<module><ejb>newsroom-test-desk.jar</ejb></module>\n  <library-directory>");
        ear.delete("META-INF/application.xml");
        return ear.addAsModule(desk).setApplicationXML(new StringAsset(applicationXml));
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
