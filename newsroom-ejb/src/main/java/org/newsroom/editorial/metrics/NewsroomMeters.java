package org.newsroom.editorial.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import java.util.logging.Logger;

/**
 * The application's meters, registered in the registry WildFly's Micrometer subsystem
 * gives every deployment through CDI. WildFly registers that bean once per module of
 * an EAR, so it is taken from {@link Instance} (first of possibly several, all the same
 * registry) rather than injected directly; without the subsystem the meters still count
 * in a private registry that nobody scrapes, and a warning says so.
 *
 * <p>Only the registry's own {@code counter(..)}, {@code timer(..)} and {@code gauge(..)}
 * methods are used, never {@code Counter.builder(..).register(..)}: in WildFly 39 the
 * deployment's registry passes the former on to the exported registry, while a meter
 * built with a builder stays in the deployment's registry and never reaches
 * {@code /prometheus} (found by {@code ApplicationMetricsIT}).
 *
 * <p>Names (Prometheus form in docs/operations.md): {@code newsroom.reader.requests}
 * tagged {@code page}; {@code newsroom.page.cache.requests} tagged {@code outcome}
 * (hit/miss); {@code newsroom.page.renders.refused} tagged {@code answer} (stale/unavailable);
 * {@code newsroom.sse.streams.open}; {@code newsroom.publications} tagged
 * {@code by} (editor/scheduler); {@code newsroom.scheduler.lag} (due time to publication).
 */
@ApplicationScoped
public class NewsroomMeters {

    private static final Logger LOG = Logger.getLogger(NewsroomMeters.class.getName());
    private static final String PREFIX = "newsroom.";

    @Inject
    Instance<MeterRegistry> registries;

    private MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private Timer schedulerLag;

    @PostConstruct
    void connect() {
        registry = registries.stream().findFirst().orElse(null);
        if (registry == null) {
            LOG.warning("Newsroom: no Micrometer registry from the server (is the micrometer subsystem installed? "
                    + "see ops/cli/install.cli); application metrics are counted but not exported");
            registry = new SimpleMeterRegistry();
        }
        schedulerLag = registry.timer(PREFIX + "scheduler.lag");
    }

    /** The server's registry outlives this deployment: what it holds of ours goes with us, or a redeploy would leak it. */
    @PreDestroy
    void disconnect() {
        for (Meter meter : registry.getMeters()) {
            if (meter.getId().getName().startsWith(PREFIX)) {
                registry.remove(meter);
            }
        }
    }

    /** One reader request answered, by the kind of page ("home", "section", "article", "search", "feed", "api"…). */
    public void readerRequest(String page) {
        counter("reader.requests", "page", page).increment();
    }

    /** A cacheable reader request answered from the page cache ({@code hit}) or rendered ({@code miss}). */
    public void pageCache(boolean hit) {
        counter("page.cache.requests", "outcome", hit ? "hit" : "miss").increment();
    }

    /**
     * A reader page that got no render turn in time (the render bound, newsroom.render.limit): answered with the
     * copy the cache still held ({@code stale}) or with 503 ({@code unavailable}).
     */
    public void pageRenderRefused(String answer) {
        counter("page.renders.refused", "answer", answer).increment();
    }

    /** A story published, by an editor or by the scheduler. */
    public void published(String by) {
        counter("publications", "by", by).increment();
    }

    /** How late the scheduler published a story: its due time to now. */
    public void schedulerLag(Duration lag) {
        schedulerLag.record(lag.isNegative() ? Duration.ZERO : lag);
    }

    /** A value read when scraped, e.g. the open reader streams of this node; {@code state} must live as long as the deployment. */
    public <T> void gauge(String name, T state, ToDoubleFunction<T> value) {
        registry.gauge(PREFIX + name, Tags.empty(), state, value);
    }

    private Counter counter(String name, String tag, String value) {
        return counters.computeIfAbsent(name + '\u0000' + value, key -> registry.counter(PREFIX + name, tag, value));
    }
}
