package org.newsroom.web.metadata;

import org.newsroom.domain.edition.Edition;

/** The publisher's name per edition and its logo, as machines are told them. */
public final class SiteIdentity {

    /** Served by the reader site's assets; replace with the real logo's path when it exists. */
    public static final String LOGO_PATH = "/assets/logo-v1.svg";

    private SiteIdentity() {
    }

    public static String name(Edition edition) {
        return switch (edition) {
            case AR -> "نيوزروم";
            case ES -> "Newsroom en español";
            case EN -> "Newsroom";
        };
    }
}
