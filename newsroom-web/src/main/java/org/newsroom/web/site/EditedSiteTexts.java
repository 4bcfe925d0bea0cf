package org.newsroom.web.site;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.site.EditionText;
import org.newsroom.editorial.site.PageText;
import org.newsroom.editorial.site.SiteContent;
import org.newsroom.web.metadata.SiteIdentity;

/**
 * This node's copy of what administrators wrote for each edition (name, slogan, static
 * pages). Loaded once, then again whenever a SITE change arrives (ContentChangeListener),
 * so a page render never queries for it. Until an administrator writes something, pages
 * use the bundles' texts.
 */
@ApplicationScoped
public class EditedSiteTexts {

    private static final Logger LOG = Logger.getLogger(EditedSiteTexts.class.getName());
    /** After a failed load (say, the schema is still being migrated), wait this long before asking again. */
    private static final Duration RETRY = Duration.ofSeconds(30);

    @EJB
    SiteContent content;

    private volatile Map<Edition, Map<String, String>> texts;
    private volatile Map<String, PageText> pages = Map.of();
    private volatile Instant failedAt;

    /**
     * Loads at start-up so that no reader's request pays for it. On a new database the
     * schema may not be migrated yet: then the first page that needs the texts loads them.
     */
    void preload(@Observes @Initialized(ApplicationScoped.class) Object started) {
        load(Level.FINE);
    }

    /** The edited interface strings of the edition ({@code site.name}, {@code site.slogan}); empty when none. */
    public Map<String, String> of(Edition edition) {
        loadIfNeeded();
        Map<Edition, Map<String, String>> current = texts;
        return current == null ? Map.of() : current.getOrDefault(edition, Map.of());
    }

    /** The edited static page, if an administrator wrote one. */
    public Optional<PageText> page(Edition edition, String name) {
        loadIfNeeded();
        return Optional.ofNullable(pages.get(edition.code() + "/" + name));
    }

    /** Reads everything again (one query each for editions and pages). */
    public void reload() {
        load(Level.WARNING);
    }

    private void load(Level failureLevel) {
        try {
            Map<Edition, Map<String, String>> loaded = new EnumMap<>(Edition.class);
            for (EditionText edition : content.editions()) {
                Map<String, String> strings = new HashMap<>();
                strings.put("site.name", edition.name());
                if (edition.slogan() != null) {
                    strings.put("site.slogan", edition.slogan());
                }
                loaded.put(edition.edition(), Map.copyOf(strings));
            }
            Map<String, PageText> loadedPages = new HashMap<>();
            for (PageText page : content.pages()) {
                loadedPages.put(page.edition().code() + "/" + page.name(), page);
            }
            pages = Map.copyOf(loadedPages);
            texts = loaded;
            Map<Edition, String> names = new EnumMap<>(Edition.class);
            loaded.forEach((edition, strings) -> names.put(edition, strings.get("site.name")));
            SiteIdentity.useEditedNames(names);
            failedAt = null;
        } catch (RuntimeException e) {
            failedAt = Instant.now();
            LOG.log(failureLevel, "Could not load the edited site texts; pages use the built-in ones for now", e);
        }
    }

    private void loadIfNeeded() {
        if (texts == null && (failedAt == null || failedAt.plus(RETRY).isBefore(Instant.now()))) {
            synchronized (this) {
                if (texts == null) {
                    load(Level.WARNING);
                }
            }
        }
    }
}
