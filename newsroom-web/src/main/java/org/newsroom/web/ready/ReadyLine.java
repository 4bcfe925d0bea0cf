package org.newsroom.web.ready;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.newsroom.editorial.staff.FirstAdministrator;
import org.newsroom.web.address.PublicAddress;

/**
 * Once the deployment is up, asks the reader site's English home page on this node's own HTTP port
 * until it answers, then logs where the site and the console are — and, when this start created the
 * {@code admin} account, how to sign in. A start that never serves says so after ten minutes.
 */
@WebListener
public class ReadyLine implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(ReadyLine.class.getName());
    private static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final Duration PAUSE = Duration.ofMillis(500);

    @Resource
    ManagedExecutorService executor;

    @EJB
    FirstAdministrator firstAdministrator;

    private Future<?> waiting;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        waiting = executor.submit(this::announceWhenServing);
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        if (waiting != null) {
            waiting.cancel(true);
        }
    }

    private void announceWhenServing() {
        int port = httpPort();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest home = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/en/"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (answers(http, home)) {
                    LOG.info(line(port));
                    return;
                }
                Thread.sleep(PAUSE.toMillis());
            }
            LOG.severe("Newsroom did not start serving: the reader site at http://127.0.0.1:" + port
                    + "/en/ did not answer within " + PATIENCE.toMinutes() + " minutes; see the errors above");
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt(); // undeployed or shut down before it served: nothing to announce
        }
    }

    private static boolean answers(HttpClient http, HttpRequest home) throws InterruptedException {
        try {
            return http.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private String line(int port) {
        String origin = PublicAddress.configured().map(PublicAddress::origin).orElse("http://localhost:" + port);
        String signIn = switch (firstAdministrator.thisStart()) {
            case GENERATED_PASSWORD -> " First start: sign in to the console as 'admin' with the password printed"
                    + " above (shown only once).";
            case PASSWORD_FROM_ENVIRONMENT -> " First start: sign in to the console as 'admin' with the password in"
                    + " NEWSROOM_ADMIN_PASSWORD.";
            case EXISTING_STAFF -> "";
        };
        return "Newsroom is ready: the reader site at " + origin + "/ and the console at " + origin + "/admin/." + signIn;
    }

    /** This node's HTTP port, as the server's socket bindings compute it. */
    static int httpPort() {
        return Integer.getInteger("jboss.http.port", 8080) + Integer.getInteger("jboss.socket.binding.port-offset", 0);
    }
}
