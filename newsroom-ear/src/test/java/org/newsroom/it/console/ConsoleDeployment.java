package org.newsroom.it.console;

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
 * The real EAR, the test classes in lib/, and a test-only EJB module with the staff desks
 * (an EJB in lib/ would not be deployed as one), listed in application.xml.
 */
final class ConsoleDeployment {

    private ConsoleDeployment() {
    }

    static EnterpriseArchive earWithDesks(Class<?>... testClasses) {
        Class<?>[] withDesk = new Class<?>[testClasses.length + 1];
        System.arraycopy(testClasses, 0, withDesk, 0, testClasses.length);
        withDesk[testClasses.length] = StaffDesk.class;
        EnterpriseArchive ear = Deployments.earWithTests(withDesk);
        JavaArchive desks = ShrinkWrap.create(JavaArchive.class, "newsroom-test-console-desk.jar")
                .addClasses(WriterDeskBean.class, EditorDeskBean.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        String applicationXml = read(ear.get("META-INF/application.xml").getAsset().openStream())
                .replace("<library-directory>", "<module><ejb>newsroom-test-console-desk.jar</ejb></module>\n  <library-directory>");
        ear.delete("META-INF/application.xml");
        return ear.addAsModule(desks).setApplicationXML(new StringAsset(applicationXml));
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
