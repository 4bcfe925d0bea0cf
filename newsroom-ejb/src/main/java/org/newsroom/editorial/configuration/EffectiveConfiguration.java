package org.newsroom.editorial.configuration;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Every Newsroom setting (the table in docs/operations.md) and the line that reports
 * them. Kept free of the container so the no-secrets rule is tested without a server.
 */
public final class EffectiveConfiguration {

    /** In the order of the configuration table. The datasource reads the database settings itself, at server start. */
    public static final List<Setting> SETTINGS = List.of(
            Setting.plain("newsroom.db.url", "NEWSROOM_DB_URL", "H2 file under newsroom.data.dir"),
            Setting.plain("newsroom.db.driver", "NEWSROOM_DB_DRIVER", "h2"),
            Setting.plain("newsroom.db.user", "NEWSROOM_DB_USER", "sa"),
            Setting.secret("newsroom.db.password", "NEWSROOM_DB_PASSWORD"),
            Setting.plain("newsroom.db.pool.max", "NEWSROOM_DB_POOL_MAX", "40"),
            Setting.plain("newsroom.data.dir", null, "${jboss.server.data.dir}/newsroom"),
            Setting.secret(null, "NEWSROOM_ADMIN_PASSWORD"),
            Setting.plain("newsroom.public.url", "NEWSROOM_PUBLIC_URL", "origin of each request"),
            Setting.plain("newsroom.demo", "NEWSROOM_DEMO", "true"),
            Setting.plain("newsroom.demo.articles", "NEWSROOM_DEMO_ARTICLES", "270"),
            Setting.plain("newsroom.hibernate.statistics", null, "false"),
            Setting.plain("newsroom.faces.stage", null, "Production"),
            Setting.plain("newsroom.media.max.bytes", "NEWSROOM_MEDIA_MAX_BYTES", "10485760"),
            Setting.plain("newsroom.media.max.pixels", "NEWSROOM_MEDIA_MAX_PIXELS", "40000000"),
            Setting.plain("newsroom.api.max.body.bytes", "NEWSROOM_API_MAX_BODY_BYTES", "1048576"),
            Setting.plain("newsroom.channel.retention.days", "NEWSROOM_CHANNEL_RETENTION_DAYS", "7"),
            Setting.plain("newsroom.trusted.proxies", "NEWSROOM_TRUSTED_PROXIES", "none"),
            Setting.plain("newsroom.limit.search.per.second", "NEWSROOM_LIMIT_SEARCH_PER_SECOND", "100"),
            Setting.plain("newsroom.limit.public-api.per.second", "NEWSROOM_LIMIT_PUBLIC_API_PER_SECOND", "300"),
            Setting.plain("newsroom.limit.staff-api.per.second", "NEWSROOM_LIMIT_STAFF_API_PER_SECOND", "300"),
            Setting.plain("newsroom.signin.cache.seconds", "NEWSROOM_SIGNIN_CACHE_SECONDS", "60"),
            Setting.plain("newsroom.signin.name.failures", "NEWSROOM_SIGNIN_NAME_FAILURES", "5"),
            Setting.plain("newsroom.signin.address.failures", "NEWSROOM_SIGNIN_ADDRESS_FAILURES", "20"),
            Setting.plain("newsroom.signin.backoff.seconds", "NEWSROOM_SIGNIN_BACKOFF_SECONDS", "2"));

    // user:password@host in URLs and password=… parameters of JDBC URLs (PostgreSQL accepts both).
    private static final Pattern URL_CREDENTIALS = Pattern.compile("(//[^/:@?;]+):[^@/?;]*@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)((?:password|pwd|sslpassword)=)[^&;]*");

    private EffectiveConfiguration() {
    }

    /** One line, {@code NAME=value} pairs in table order, secrets shown as set/not set. */
    public static String describe(Function<String, String> systemProperties, Function<String, String> environment) {
        StringBuilder line = new StringBuilder("Newsroom effective configuration:");
        for (Setting setting : SETTINGS) {
            line.append(' ').append(setting.name()).append('=').append(setting.shown(systemProperties, environment));
        }
        return line.toString();
    }

    /**
     * One line per setting, in table order, for a person at a terminal ({@code ops/newsroom config}):
     * the name, the value as the log would show it (secrets as set/not set) and where it came from.
     */
    public static List<String> table(Function<String, String> systemProperties, Function<String, String> environment) {
        int width = SETTINGS.stream().mapToInt(s -> s.name().length()).max().orElse(0);
        return SETTINGS.stream()
                .map(s -> String.format("%-" + width + "s  %s  (%s)", s.name(),
                        s.shown(systemProperties, environment), s.origin(systemProperties, environment)))
                .toList();
    }

    /** A value with any password embedded in it (a JDBC URL may carry one) replaced by ***. */
    static String withoutPasswords(String value) {
        String masked = URL_CREDENTIALS.matcher(value).replaceAll("$1:***@");
        return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1***");
    }
}
