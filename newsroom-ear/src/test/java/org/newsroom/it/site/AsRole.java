package org.newsroom.it.site;

import jakarta.ejb.Local;
import java.util.concurrent.Callable;

/**
 * Runs a piece of test code with a role's identity: the beans implementing this are
 * {@code @RunAs} that role, so every service call the code makes carries it. Lets one
 * test prove what each role may and may not do without signing in.
 */
@Local
public interface AsRole {

    String MODULE = "newsroom-test-roles";

    static String jndi(String bean) {
        return "java:global/newsroom/" + MODULE + "/" + bean + "!" + AsRole.class.getName();
    }

    static AsRole admin() {
        return lookup("AsAdminBean");
    }

    static AsRole chiefEditor() {
        return lookup("AsChiefEditorBean");
    }

    static AsRole editor() {
        return lookup("AsEditorBean");
    }

    static AsRole writer() {
        return lookup("AsWriterBean");
    }

    private static AsRole lookup(String bean) {
        try {
            return (AsRole) new javax.naming.InitialContext().lookup(jndi(bean));
        } catch (javax.naming.NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    <T> T call(Callable<T> work) throws Exception;

    /** For calls that return nothing. */
    void run(ThrowingRunnable work) throws Exception;

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
