package org.newsroom.web.metadata;

import java.util.Map;
import org.newsroom.domain.edition.Edition;

/**
 * The publisher's name per edition and its logo, as machines are told them (feeds, sitemaps,
 * Open Graph, JSON-LD). An edition name an administrator set in the console wins over the
 * built-in one; {@code EditedSiteTexts} hands it over whenever it loads the edited texts.
 */
public final class SiteIdentity {

    /** Served by the reader site's assets; replace with the real logo's path when it exists. */
    public static final String LOGO_PATH = "/assets/logo-v1.svg";

    private static volatile Map<Edition, String> editedNames = Map.of();

    private SiteIdentity() {
    }

    /** The names administrators gave editions; an edition left out goes back to its built-in name. */
    public static void useEditedNames(Map<Edition, String> names) {
        editedNames = Map.copyOf(names);
    }

    public static String name(Edition edition) {
        String edited = editedNames.get(edition);
        return edited != null ? edited : builtInName(edition);
    }

    private static String builtInName(Edition edition) {
        return switch (edition) {
            case AR -> "نيوزروم";
            case ES -> "Newsroom en español";
            case EN -> "Newsroom";
        };
    }
}
