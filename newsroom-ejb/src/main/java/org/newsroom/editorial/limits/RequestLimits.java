package org.newsroom.editorial.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.newsroom.editorial.configuration.Setting;

/**
 * Requests per second each client address may make on search, the public API and the
 * staff API (Resilience4j rate limiters, one per area and address, forgotten ten minutes
 * after their last use). Each second a client gets the whole allowance at once, so a burst
 * of that many requests passes; beyond it the client is told how long to wait. The
 * allowances are settings read at deployment; cached reader pages never get here.
 */
@ApplicationScoped
public class RequestLimits {

    /** What is limited, with its setting and its default allowance per second. */
    public enum Area {
        SEARCH(Setting.LIMIT_SEARCH_PER_SECOND),
        PUBLIC_API(Setting.LIMIT_PUBLIC_API_PER_SECOND),
        STAFF_API(Setting.LIMIT_STAFF_API_PER_SECOND);

        final Setting perSecond;

        Area(Setting perSecond) {
            this.perSecond = perSecond;
        }
    }

    private final Map<Area, RateLimiterConfig> configs = new EnumMap<>(Area.class);
    private final Cache<String, RateLimiter> limiters =
            Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    public RequestLimits() {
        for (Area area : Area.values()) {
            int perSecond = (int) area.perSecond.number();
            configs.put(area, RateLimiterConfig.custom().limitForPeriod(perSecond)
                    .limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ZERO).build());
        }
    }

    /** Zero when the client may go ahead (and it is counted), else the whole seconds it should wait. */
    public long waitSeconds(Area area, String clientAddress) {
        RateLimiter limiter = limiters.get(area.name() + " " + clientAddress, key -> RateLimiter.of(key, configs.get(area)));
        if (limiter.acquirePermission()) {
            return 0;
        }
        long nanos = limiter instanceof AtomicRateLimiter atomic ? atomic.getDetailedMetrics().getNanosToWait() : 0;
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
