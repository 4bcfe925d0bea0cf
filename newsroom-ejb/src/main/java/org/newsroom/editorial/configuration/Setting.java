package org.newsroom.editorial.configuration;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Every Newsroom setting, declared once: its property name, its kind, its default, who reads it
 * and what it means. The configuration table of docs/operations.md, the deploy-time log line and
 * {@code ops/newsroom config} are checked against, or made from, this list.
 *
 * Values are read through MicroProfile Config, so its rules decide: a system property wins over
 * the environment variable (the property's name in capitals, every other character an
 * underscore: {@code newsroom.db.pool.max} ← {@code NEWSROOM_DB_POOL_MAX}), which wins over the
 * default. A number out of its range, or not a number, is logged once and the default used.
 *
 * This class and {@link EffectiveConfiguration} touch no MicroProfile type themselves (the reads go
 * through {@link MicroProfileValues}): ops/newsroom loads them from the deployed EAR to print the
 * settings of a stopped server.
 */
public enum Setting {

    DB_URL("newsroom.db.url", Kind.URL, Reader.SERVER, null, "H2 file under newsroom.data.dir",
            "JDBC URL of the database"),
    DB_DRIVER("newsroom.db.driver", Kind.TEXT, Reader.SERVER, "h2", null, "h2 or postgresql; also the Hibernate dialect"),
    DB_USER("newsroom.db.user", Kind.TEXT, Reader.SERVER, "sa", null, "database user"),
    DB_PASSWORD("newsroom.db.password", Kind.SECRET, Reader.SERVER, null, "none — required", "database password"),
    DB_POOL_MAX("newsroom.db.pool.max", Kind.NUMBER, Reader.SERVER, "40", null, "connection pool size"),
    DATA_DIR("newsroom.data.dir", Kind.TEXT, Reader.SERVER, null, "${jboss.server.data.dir}/newsroom",
            "where the embedded H2 file lives"),
    SEARCH_BACKEND("newsroom.search.backend", Kind.TEXT, Reader.DESCRIPTOR, "lucene", null,
            "Hibernate Search backend: lucene (an index on each node) or elasticsearch (one OpenSearch for all nodes)"),
    SEARCH_DIR("newsroom.search.dir", Kind.TEXT, Reader.DESCRIPTOR, null, "${jboss.server.data.dir}/newsroom-search",
            "where the Lucene search index lives"),
    SEARCH_HOSTS("newsroom.search.hosts", Kind.TEXT, Reader.DESCRIPTOR, "localhost:9200", null,
            "OpenSearch nodes as host:port, comma-separated (elasticsearch backend)"),
    SEARCH_PROTOCOL("newsroom.search.protocol", Kind.TEXT, Reader.DESCRIPTOR, "http", null,
            "http or https to OpenSearch (elasticsearch backend)"),
    SEARCH_USER("newsroom.search.user", Kind.TEXT, Reader.DESCRIPTOR, null, "none", "OpenSearch user (elasticsearch backend)"),
    SEARCH_PASSWORD("newsroom.search.password", Kind.SECRET, Reader.DESCRIPTOR, null, "none",
            "OpenSearch password (elasticsearch backend)"),
    ADMIN_PASSWORD("newsroom.admin.password", Kind.SECRET, Reader.APPLICATION, null, "random, printed once",
            "password of the console user admin, read at the first start only"),
    PUBLIC_URL("newsroom.public.url", Kind.URL, Reader.APPLICATION, null, "the origin of each request",
            "the site's public address, named by every absolute URL"),
    DEMO("newsroom.demo", Kind.SWITCH, Reader.APPLICATION, "true", null, "generate demo content into an empty database"),
    DEMO_ARTICLES("newsroom.demo.articles", Kind.NUMBER, Reader.APPLICATION, "270", null,
            "how many demo stories to generate"),
    HIBERNATE_STATISTICS("newsroom.hibernate.statistics", Kind.SWITCH, Reader.DESCRIPTOR, "false", null,
            "Hibernate statistics (statement counts)"),
    FACES_STAGE("newsroom.faces.stage", Kind.TEXT, Reader.DESCRIPTOR, "Production", null,
            "Jakarta Faces project stage of the console"),
    MEDIA_MAX_BYTES("newsroom.media.max.bytes", Kind.NUMBER, Reader.APPLICATION, "10485760", null,
            "largest picture upload in bytes"),
    MEDIA_MAX_PIXELS("newsroom.media.max.pixels", Kind.NUMBER, Reader.APPLICATION, "40000000", null,
            "most pixels a picture may declare"),
    API_MAX_BODY_BYTES("newsroom.api.max.body.bytes", Kind.NUMBER, Reader.APPLICATION, "1048576", null,
            "largest JSON body the staff API reads", 1, Integer.MAX_VALUE),
    PAGE_CACHE("newsroom.page.cache", Kind.SWITCH, Reader.APPLICATION, "true", null,
            "false switches the page cache off (read on every request)"),
    PAGE_CACHE_MAX_BYTES("newsroom.page.cache.max.bytes", Kind.NUMBER, Reader.APPLICATION, "67108864", null,
            "most bytes of pages the cache keeps"),
    PAGE_CACHE_TTL_SECONDS("newsroom.page.cache.ttl.seconds", Kind.DURATION, Reader.APPLICATION, "10", null,
            "age after which one request re-renders a cached page"),
    RENDER_LIMIT("newsroom.render.limit", Kind.NUMBER, Reader.APPLICATION, null, "2 × available processors",
            "most reader pages rendered at once (read at every render; 0 refuses renders)", 0, Integer.MAX_VALUE),
    RENDER_WAIT_MILLIS("newsroom.render.wait.millis", Kind.DURATION, Reader.APPLICATION, "1500", null,
            "longest wait for a render turn in milliseconds", 0, Long.MAX_VALUE / 1_000_000),
    CHANNEL_RETENTION_DAYS("newsroom.channel.retention.days", Kind.DURATION, Reader.APPLICATION, "7", null,
            "days the breaking channel's events are kept", 1, Integer.MAX_VALUE),
    CONSOLE_SESSION_SECONDS("newsroom.console.session.seconds", Kind.DURATION, Reader.APPLICATION, "1800", null,
            "console session timeout in seconds", 10, Integer.MAX_VALUE),
    CONSOLE_ZONE("newsroom.console.zone", Kind.TEXT, Reader.APPLICATION, "UTC", null,
            "the desk's time zone: schedule pickers and the calendar"),
    CONSOLE_HEARTBEAT_SECONDS("newsroom.console.heartbeat.seconds", Kind.DURATION, Reader.APPLICATION, "30", null,
            "how often the editor renews its lease and autosaves", 1, 3600),
    LEASE_SECONDS("newsroom.lease.seconds", Kind.DURATION, Reader.APPLICATION, "120", null,
            "how long an editor's lease on a story lasts without renewal", 1, 86_400),
    PREVIEW_MINUTES("newsroom.preview.minutes", Kind.DURATION, Reader.APPLICATION, "15", null,
            "how long a preview address stays valid", 1, 1_000_000),
    ZONE("newsroom.zone", Kind.TEXT, Reader.APPLICATION, "UTC", null, "time zone of the dates on reader pages"),
    BREAKING_FANOUT_THREADS("newsroom.breaking.fanout.threads", Kind.NUMBER, Reader.APPLICATION, null, "number of cores",
            "threads writing one change to a node's readers", 1, 1024),
    BREAKING_KEEPALIVE_SECONDS("newsroom.breaking.keepalive.seconds", Kind.DURATION, Reader.APPLICATION, "20", null,
            "keep-alive comment on readers' streams", 1, 3600),
    BREAKING_READER_BACKLOG_BYTES("newsroom.breaking.reader.backlog.bytes", Kind.NUMBER, Reader.APPLICATION, "262144", null,
            "bytes queued for one reader's stream before it is dropped", 4096, Integer.MAX_VALUE),
    SOCKET_SEND_BUFFER("newsroom.socket.send.buffer", Kind.NUMBER, Reader.SERVER, "131072", null,
            "socket send buffer of the HTTP listener in bytes"),
    CLUSTER_NAME("newsroom.cluster.name", Kind.TEXT, Reader.SERVER, "newsroom", null,
            "only with ops/cli/ha.cli: the JGroups cluster name"),
    CLUSTER_HOST1("newsroom.cluster.host1", Kind.TEXT, Reader.SERVER, "127.0.0.1", null,
            "only with ops/cli/ha.cli: JGroups TCP address of the first node"),
    CLUSTER_PORT1("newsroom.cluster.port1", Kind.NUMBER, Reader.SERVER, "7600", null,
            "only with ops/cli/ha.cli: JGroups TCP port of the first node"),
    CLUSTER_HOST2("newsroom.cluster.host2", Kind.TEXT, Reader.SERVER, "127.0.0.1", null,
            "only with ops/cli/ha.cli: JGroups TCP address of the second node"),
    CLUSTER_PORT2("newsroom.cluster.port2", Kind.NUMBER, Reader.SERVER, "7700", null,
            "only with ops/cli/ha.cli: JGroups TCP port of the second node"),
    CLUSTER_USER("newsroom.cluster.user", Kind.TEXT, Reader.SERVER, "newsroom-cluster", null,
            "only with ops/cli/ha.cli: the Artemis cluster user"),
    CLUSTER_PASSWORD("newsroom.cluster.password", Kind.SECRET, Reader.SERVER, null, "none — required with ha.cli",
            "only with ops/cli/ha.cli: the Artemis cluster password"),
    TRUSTED_PROXIES("newsroom.trusted.proxies", Kind.TEXT, Reader.APPLICATION, "", "none",
            "proxies whose X-Forwarded-For names the client"),
    LIMIT_SEARCH_PER_SECOND("newsroom.limit.search.per.second", Kind.NUMBER, Reader.APPLICATION, "100", null,
            "search requests per client address and second", 1, 1_000_000),
    LIMIT_PUBLIC_API_PER_SECOND("newsroom.limit.public-api.per.second", Kind.NUMBER, Reader.APPLICATION, "300", null,
            "public JSON API requests per client address and second", 1, 1_000_000),
    LIMIT_STAFF_API_PER_SECOND("newsroom.limit.staff-api.per.second", Kind.NUMBER, Reader.APPLICATION, "300", null,
            "staff API requests per client address and second", 1, 1_000_000),
    SIGNIN_CACHE_SECONDS("newsroom.signin.cache.seconds", Kind.DURATION, Reader.APPLICATION, "60", null,
            "how long a password that passed PBKDF2 is remembered", 1, 3600),
    SIGNIN_NAME_FAILURES("newsroom.signin.name.failures", Kind.NUMBER, Reader.APPLICATION, "5", null,
            "failed password checks in a row that hold a user name back", 1, 1000),
    SIGNIN_ADDRESS_FAILURES("newsroom.signin.address.failures", Kind.NUMBER, Reader.APPLICATION, "20", null,
            "failed password checks in a row that hold a client address back", 1, 10_000),
    SIGNIN_BACKOFF_SECONDS("newsroom.signin.backoff.seconds", Kind.DURATION, Reader.APPLICATION, "2", null,
            "first backoff of a held-back name", 1, 3600);

    /** What a value is; it decides how it is checked and how it may be shown. */
    public enum Kind {
        TEXT, SWITCH, NUMBER, DURATION, URL,
        /** Shown only as set or not set. */
        SECRET
    }

    /** Who reads the setting, and so when a change takes effect. */
    public enum Reader {
        /** The application, through MicroProfile Config: at deploy, or where it says so, at each use. */
        APPLICATION,
        /** WildFly, from an expression in a deployment descriptor (persistence.xml, web.xml): at deploy. */
        DESCRIPTOR,
        /** WildFly, from an expression ops/cli/install.cli (or ha.cli) wrote into its configuration: at server start. */
        SERVER
    }

    private static final Logger LOG = Logger.getLogger(Setting.class.getName());
    /** Each ignored value is logged once, not at every read of a setting read per request. */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private final String property;
    private final Kind kind;
    private final Reader reader;
    private final String defaultValue;
    private final String defaultText;
    private final String meaning;
    private final long min;
    private final long max;

    Setting(String property, Kind kind, Reader reader, String defaultValue, String defaultText, String meaning) {
        this(property, kind, reader, defaultValue, defaultText, meaning, 1, Long.MAX_VALUE);
    }

    Setting(String property, Kind kind, Reader reader, String defaultValue, String defaultText, String meaning,
            long min, long max) {
        this.property = property;
        this.kind = kind;
        this.reader = reader;
        this.defaultValue = defaultValue;
        this.defaultText = defaultText;
        this.meaning = meaning;
        this.min = min;
        this.max = max;
    }

    /** The MicroProfile Config property, also the system property: {@code newsroom.db.pool.max}. */
    public String property() {
        return property;
    }

    /** The environment variable MicroProfile Config maps to the property: {@code NEWSROOM_DB_POOL_MAX}. */
    public String variable() {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    public Kind kind() {
        return kind;
    }

    public Reader reader() {
        return reader;
    }

    /** The value used when none is set, or null when the code works one out (see {@link #defaultText()}). */
    public String defaultValue() {
        return defaultValue;
    }

    /** The default as a person reads it in the configuration table. */
    public String defaultText() {
        return defaultText != null ? defaultText : defaultValue;
    }

    public String meaning() {
        return meaning;
    }

    /** The value in effect: the configured one, else the default (null when neither). */
    public String text() {
        return text(MicroProfileValues::raw);
    }

    /** {@link #text()} from given values (property name → raw value), for tests without a server. */
    public String text(Function<String, String> values) {
        String value = values.apply(property);
        return value == null || value.isBlank() ? defaultValue : value.strip();
    }

    /** A switch: anything but {@code false} is on. */
    public boolean on() {
        return on(MicroProfileValues::raw);
    }

    public boolean on(Function<String, String> values) {
        String value = text(values);
        return value != null && !"false".equalsIgnoreCase(value);
    }

    /** A whole number in this setting's range; anything else is logged once and the default used. */
    public long number() {
        return number(MicroProfileValues::raw);
    }

    public long number(Function<String, String> values) {
        if (defaultValue == null) {
            throw new IllegalStateException(property + " has no fixed default: give the one the code works out");
        }
        return number(values, Long.parseLong(defaultValue));
    }

    /** For a setting whose default the code works out ({@link #defaultValue()} is null): 2 × the cores. */
    public long number(long computedDefault) {
        return number(MicroProfileValues::raw, computedDefault);
    }

    public long number(Function<String, String> values, long fallback) {
        String value = values.apply(property);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // logged below
        }
        if (WARNED.add(property + "=" + value)) {
            LOG.warning(() -> "Ignored " + property + " (" + variable() + ") = \"" + value + "\": give a whole number from "
                    + min + (max == Long.MAX_VALUE ? " up" : " to " + max) + "; using " + fallback);
        }
        return fallback;
    }
}
