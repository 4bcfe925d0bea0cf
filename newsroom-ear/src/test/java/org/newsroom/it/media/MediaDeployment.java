package org.newsroom.it.media;

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

/** The real EAR, the test classes in lib/, and a test-only EJB module with {@link WritersDeskBean}. */
final class MediaDeployment {

    private MediaDeployment() {
    }

    static EnterpriseArchive earWithWritersDesk(Class<?>... testClasses) {
        Class<?>[] classes = new Class<?>[testClasses.length + 2];
        System.arraycopy(testClasses, 0, classes, 0, testClasses.length);
        classes[testClasses.length] = WritersDesk.class;
        classes[testClasses.length + 1] = TestPictures.class;
        EnterpriseArchive ear = Deployments.earWithTests(classes);
        JavaArchive desk = ShrinkWrap.create(JavaArchive.class, "newsroom-test-writers-desk.jar")
                .addClass(WritersDeskBean.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        String applicationXml = read(ear.get("META-INF/application.xml").getAsset().openStream())
                .replace("<library-directory>", "<module><ejb>newsroom-test-writers-desk.jar</ejb></module>\n  <library-directory>");
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
