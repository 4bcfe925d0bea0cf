package org.newsroom.editorial.operations;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.hibernate.search.mapper.orm.Search;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.breaking.BreakingTopic;
import org.newsroom.editorial.change.ContentChanged;
import org.newsroom.editorial.configuration.Setting;

/**
 * Checks what a running node depends on, one line each with {@code OK}, {@code WARN} or
 * {@code FAIL}, then the verdict. A failed check names what to look at, never an exception
 * text: the cause goes to the server log.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InstallationCheck {

    static final String OK = "OK";
    static final String WARN = "WARN";
    static final String FAIL = "FAIL";

    private static final Logger LOG = Logger.getLogger(InstallationCheck.class.getName());

    /** The destinations install.cli declares, by the names the application looks them up. */
    private static final List<String> DESTINATIONS = List.of(ContentChanged.TOPIC, BreakingTopic.TOPIC,
            BreakingTopic.INBOX, BreakingTopic.DEAD_LETTERS);

    @Resource(lookup = "java:jboss/datasources/NewsroomDS")
    DataSource dataSource;

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @PersistenceContext(unitName = "newsroom")
    EntityManager em;

    @RolesAllowed(Role.ADMIN_NAME)
    public List<String> run() {
        List<String> lines = new ArrayList<>();
        lines.add(database());
        lines.add(broker());
        for (String destination : DESTINATIONS) {
            lines.add(destination(destination));
        }
        lines.add(dataDirectory());
        lines.add(publicUrl());
        lines.add(searchIndex());
        lines.add(verdict(lines));
        return lines;
    }

    private String database() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(2)) {
                return line(FAIL, "database", "NewsroomDS gave a connection that does not answer within 2 s");
            }
            DatabaseMetaData meta = connection.getMetaData();
            return line(OK, "database", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()
                    + " answers, as user " + meta.getUserName());
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Newsroom check: the database does not answer", e);
            return line(FAIL, "database", "NewsroomDS does not answer (SQL state " + sqlState(e)
                    + "): check NEWSROOM_DB_URL, NEWSROOM_DB_USER, NEWSROOM_DB_PASSWORD; the cause is in server.log");
        }
    }

    private String broker() {
        try (JMSContext jms = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            jms.createProducer();
            return line(OK, "jms broker", "the embedded broker accepts a session");
        } catch (JMSRuntimeException e) {
            LOG.log(Level.WARNING, "Newsroom check: the JMS broker refuses a session", e);
            return line(FAIL, "jms broker", "java:/ConnectionFactory refuses a session; the cause is in server.log");
        }
    }

    private String destination(String jndiName) {
        try {
            Object bound = InitialContext.doLookup(jndiName);
            if (bound instanceof Destination) {
                return line(OK, "jms destination", jndiName);
            }
            return line(FAIL, "jms destination", jndiName + " is bound but is no JMS destination");
        } catch (NamingException e) {
            return line(FAIL, "jms destination", jndiName + " is missing: run ops/install.sh on this server");
        }
    }

    private String dataDirectory() {
        String server = System.getProperty("jboss.server.data.dir", ".");
        String configured = Setting.DATA_DIR.text();
        Path dir = Path.of(configured != null ? configured : server + "/newsroom");
        if (!Files.isDirectory(dir)) {
            // Only the embedded H2 database lives there, and it makes the directory at its first start.
            Path parent = dir.toAbsolutePath().getParent();
            if (parent != null && Files.isDirectory(parent) && Files.isWritable(parent)) {
                return line(OK, "data directory", dir + " does not exist yet; it can be made there (writable parent)");
            }
            return line(FAIL, "data directory", dir + " does not exist and cannot be made (newsroom.data.dir)");
        }
        try {
            Files.delete(Files.createTempFile(dir, ".newsroom-check", ".tmp"));
            return line(OK, "data directory", dir + " is writable");
        } catch (IOException | RuntimeException e) {
            return line(FAIL, "data directory", dir + " is not writable by the server's user (newsroom.data.dir)");
        }
    }

    private String publicUrl() {
        String url = Setting.PUBLIC_URL.text();
        if (url == null || url.isBlank()) {
            return line(WARN, "public url", "NEWSROOM_PUBLIC_URL is not set: links in feeds, sitemaps and pages name "
                    + "the host each request came with; set it in production");
        }
        try {
            URI uri = new URI(url.strip());
            if ((!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) || uri.getHost() == null) {
                return line(FAIL, "public url", "NEWSROOM_PUBLIC_URL is not an http(s) address with a host: " + url);
            }
            return line("http".equals(uri.getScheme()) ? WARN : OK, "public url", url.strip()
                    + ("http".equals(uri.getScheme()) ? " (not https)" : ""));
        } catch (URISyntaxException e) {
            return line(FAIL, "public url", "NEWSROOM_PUBLIC_URL is not an address: " + url);
        }
    }

    private String searchIndex() {
        try {
            long indexed = Search.session(em).search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
            long stored = em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
            if (indexed == stored) {
                return line(OK, "search index", "holds all " + stored + " stories");
            }
            return line(WARN, "search index", "holds " + indexed + " of " + stored + " stories: run ops/newsroom reindex");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Newsroom check: the search index cannot be read", e);
            return line(FAIL, "search index", "cannot be read; the cause is in server.log");
        }
    }

    static String verdict(List<String> lines) {
        long failed = lines.stream().filter(l -> l.startsWith(FAIL)).count();
        long warned = lines.stream().filter(l -> l.startsWith(WARN)).count();
        String counts = " (" + (lines.size() - failed - warned) + " OK, " + warned + " WARN, " + failed + " FAIL)";
        return failed > 0 ? "verdict: FAIL" + counts + ": fix the FAIL lines before relying on this node"
                : "verdict: OK" + counts;
    }

    static String line(String status, String subject, String detail) {
        return String.format("%-4s  %-15s  %s", status, subject, detail);
    }

    private static String sqlState(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "unknown";
    }
}
