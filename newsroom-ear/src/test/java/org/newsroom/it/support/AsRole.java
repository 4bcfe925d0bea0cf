package org.newsroom.it.support;

import jakarta.ejb.Local;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Runs a piece of test code with a role's identity: the beans implementing this are
 * {@code @RunAs} that role, so every service call the code makes carries it. Lets one
 * test prove what each role may and may not do without signing in. The code runs in the
 * bean's transaction: a runtime exception thrown from it rolls back what it wrote.
 * Deploy with {@link Deployments#earWithRoles}.
 */
@Local
public interface AsRole {

    String MODULE = "newsroom-test-roles";

    static AsRole admin() {
        return lookup(AsAdminBean.class);
    }

    static AsRole chiefEditor() {
        return lookup(AsChiefEditorBean.class);
    }

    static AsRole editor() {
        return lookup(AsEditorBean.class);
    }

    static AsRole writer() {
        return lookup(AsWriterBean.class);
    }

    /** The runner of one bean class, for tests that pick the role from a table. */
    static AsRole lookup(Class<? extends AsRole> bean) {
        try {
            return (AsRole) new InitialContext().lookup(
                    "java:global/newsroom/" + MODULE + "/" + bean.getSimpleName() + "!" + AsRole.class.getName());
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    <T> T call(Callable<T> work) throws Exception;

    /** For calls that return nothing. */
    void run(ThrowingRunnable work) throws Exception;

    /** The name the container gives this runner's caller, as services record it for work done here. */
    String callerName();

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
