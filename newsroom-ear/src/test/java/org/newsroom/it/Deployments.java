package org.newsroom.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** The archives tests deploy: always the EAR the build made, never a hand-picked subset of it. */
public final class Deployments {

    private Deployments() {
    }

    /** The real EAR, as IT staff deploy it. */
    public static EnterpriseArchive ear() {
        File file = new File(System.getProperty("newsroom.ear", "target/newsroom.ear"));
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
    }

    /**
     * The real EAR plus a library holding the given test classes, so the test runs
     * inside the server with injection, next to the services it tests.
     */
    public static EnterpriseArchive earWithTests(Class<?>... testClasses) {
        JavaArchive tests = ShrinkWrap.create(JavaArchive.class, "newsroom-tests.jar")
                .addClasses(testClasses)
                .addClass(Deployments.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml");
        return ear().addAsLibrary(tests);
    }

    /** Base URL of the server under test, e.g. {@code http://localhost:8180}. */
    public static String baseUrl() {
        return System.getProperty("newsroom.base.url", "http://localhost:8180");
    }
}
