package org.newsroom.editorial.operations;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.lang.management.ManagementFactory;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.InstanceAlreadyExistsException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.newsroom.editorial.ActionRefused;

/**
 * Registers {@link Operations} as the MBean {@value #OBJECT_NAME} in the server's MBean server,
 * which WildFly's JMX subsystem exposes on the management interface (remoting connector,
 * {@code service:jmx:remote+http://127.0.0.1:9990}); gone again when the EAR is undeployed.
 *
 * <p>The client ({@code ops/newsroom}) has none of the application's classes, so what crosses
 * the wire is strings only: a refusal becomes an {@link IllegalArgumentException} with the
 * service's sentence, anything else one line pointing at the server log, where it is logged
 * whole. Never a stack trace or an exception text of ours to the client.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OperationsEndpoint {

    public static final String OBJECT_NAME = "org.newsroom:type=Operations";

    private static final Logger LOG = Logger.getLogger(OperationsEndpoint.class.getName());

    @EJB
    OperatorDesk desk;

    private ObjectName name;

    @PostConstruct
    void register() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            name = new ObjectName(OBJECT_NAME);
            StandardMBean mbean = new StandardMBean(new Answers(), Operations.class);
            try {
                server.registerMBean(mbean, name);
            } catch (InstanceAlreadyExistsException e) {
                // Left by a deployment that did not undeploy cleanly: ours replaces it.
                server.unregisterMBean(name);
                server.registerMBean(mbean, name);
            }
            LOG.info(() -> "Newsroom: operations registered as " + OBJECT_NAME + " (ops/newsroom)");
        } catch (JMException e) {
            // The site works without it; only the command-line tool would not find it.
            LOG.log(Level.WARNING, "Newsroom: operations MBean not registered; ops/newsroom cannot reach this node", e);
            name = null;
        }
    }

    @PreDestroy
    void unregister() {
        if (name == null) {
            return;
        }
        try {
            ManagementFactory.getPlatformMBeanServer().unregisterMBean(name);
        } catch (JMException e) {
            LOG.log(Level.FINE, "operations MBean already gone", e);
        }
    }

    /** What the MBean server calls: each operation handed to the desk, each failure made plain. */
    private final class Answers implements Operations {

        @Override
        public String createUser(String operator, String username, String displayName, String roles, String password) {
            return answer("create-user", () -> desk.createUser(operator, username, displayName, roles, password));
        }

        @Override
        public String resetPassword(String operator, String username, String password) {
            return answer("reset-password", () -> desk.resetPassword(operator, username, password));
        }

        @Override
        public String disableUser(String operator, String username) {
            return answer("disable-user", () -> desk.disableUser(operator, username));
        }

        @Override
        public String dropPageCache(String operator) {
            return answer("drop-page-cache", () -> desk.dropPageCache(operator));
        }

        @Override
        public String reindex(String operator) {
            return answer("reindex", () -> desk.reindex(operator));
        }

        @Override
        public String exportContent(String operator, String directory) {
            return answer("export", () -> desk.exportContent(operator, directory));
        }

        @Override
        public String importContent(String operator, String directory) {
            return answer("import", () -> desk.importContent(operator, directory));
        }

        @Override
        public String configuration() {
            return answer("config", desk::configuration);
        }

        @Override
        public String check() {
            return answer("check", desk::check);
        }

        private String answer(String command, Supplier<String> work) {
            try {
                return work.get();
            } catch (ActionRefused e) {
                throw new IllegalArgumentException(e.getMessage());
            } catch (EJBAccessException e) {
                LOG.log(Level.WARNING, "Newsroom: ops " + command + " refused by the security check", e);
                throw new IllegalStateException(command + " was refused by the server's security check; see server.log");
            } catch (RuntimeException e) {
                String incident = UUID.randomUUID().toString().substring(0, 8);
                LOG.log(Level.WARNING, "Newsroom: ops " + command + " failed (incident " + incident + ")", e);
                throw new IllegalStateException(command + " failed on the server; server.log has the cause under incident "
                        + incident);
            }
        }
    }
}
