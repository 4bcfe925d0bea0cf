package org.newsroom.editorial.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.ReaderCatalog;

/**
 * Published stories per edition ({@code newsroom_stories_published{edition="en"}}):
 * a falling count after a publish is the first sign of a broken workflow or a bad
 * migration, and the value is read at scrape time, so it is never stale.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ContentGauges {

    static final String PUBLISHED_STORIES = "newsroom.stories.published";

    @Inject
    MeterRegistry registry;

    @EJB
    ReaderCatalog catalog;

    @PostConstruct
    void register() {
        for (Edition edition : Edition.values()) {
            Gauge.builder(PUBLISHED_STORIES, catalog, c -> c.countPublished(edition))
                    .description("Stories readers can see in this edition")
                    .tag("edition", edition.code())
                    .strongReference(true)
                    .register(registry);
        }
    }
}
