package org.newsroom.editorial.catalog;

import java.time.Instant;
import java.util.List;
import org.newsroom.domain.edition.Edition;

/** A published story as a sitemap lists it, with the editions it is translated into. */
public record SitemapEntry(Edition edition, String path, String headline, Instant publishedAt, Instant modifiedAt,
        List<Translation> translations) {
}
