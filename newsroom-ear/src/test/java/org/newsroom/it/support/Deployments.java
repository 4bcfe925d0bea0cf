package org.newsroom.it.support;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The archives tests deploy: always the EAR the build made, never a hand-picked subset of it,
 * plus the test classes (and, for tests that act as a role, the {@link AsRole} runners).
 */
public final class Deployments {

    private Deployments() {
    }

    /** The real EAR, as IT staff deploy it. */
    public static EnterpriseArchive ear() {
        File file = new File(System.getProperty("newsroom.ear", "target/newsroom.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
    }

    /**
     * The real EAR plus a library holding the given test classes and the HTTP clients of this
     * package, so the test runs inside the server with injection, next to the services it tests.
     */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "newsroom-tests.jar")
                .addClasses(testClasses)
                .addClasses(Deployments.class, JsonField.class, StaffApi.class, ReaderSite.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        return ear().addAsLibrary(tests);
    }

    /**
     * {@link #earWithTests} plus an EJB module of test-only beans ({@code moduleBeans}): beans that
     * run as one role ({@code @RunAs}) must sit in a module of their own, not in a library.
     */
    public static EnterpriseArchive earWithTestModule(String moduleName, Class<?>[] moduleBeans, Class<?>... testClasses) {
        EnterpriseArchive ear = earWithTests(testClasses);
        JavaArchive module = ShrinkWrap.create(JavaArchive.class, moduleName + ".jar")
                .addClasses(moduleBeans)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        String applicationXml = read(ear.get("META-INF/application.xml").getAsset().openStream())
                .replace("<library-directory>", "<module><ejb>" + moduleName + ".jar</ejb></module>\n  <library-directory>");
        ear.delete("META-INF/application.xml");
        return ear.addAsModule(module).setApplicationXML(new StringAsset(applicationXml));
    }

    /**
     * {@link #earWithTests} plus the test-only module of {@link AsRole} runners, one per role
     * (an EJB in lib/ would not be deployed as one; {@code @RunAs} needs a module of its own).
     */
    public static EnterpriseArchive earWithRoles(Class<?>... testClasses) {
        return earWithTestModule(AsRole.MODULE,
                new Class<?>[] {AsAdminBean.class, AsChiefEditorBean.class, AsEditorBean.class, AsWriterBean.class},
                plus(testClasses, AsRole.class, AsRole.ThrowingRunnable.class, Refusals.class));
    }

    /** The given classes followed by more: a test's classes and the helpers it needs. */
    public static Class<?>[] plus(Class<?>[] classes, Class<?>... more) {
        Class<?>[] all = Arrays.copyOf(classes, classes.length + more.length);
        System.arraycopy(more, 0, all, classes.length, more.length);
        return all;
    }

    private static String read(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Base URL of the server under test, e.g. {@code http://localhost:8180}: the build tells a
     * test outside the server ({@code newsroom.base.url}); a test inside it derives the URL from
     * the port offset the server was started with.
     */
    public static String baseUrl() {
        String offset = System.getProperty("jboss.socket.binding.port-offset");
        String inside = offset == null ? "http://localhost:8180" : "http://localhost:" + (8080 + Integer.parseInt(offset));
        return System.getProperty("newsroom.base.url", inside);
    }
}
