package org.newsroom.web.site;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.configuration.Setting;
import org.newsroom.web.address.PublicAddress;
import org.newsroom.editorial.breaking.BreakingView;
import org.newsroom.editorial.catalog.SectionView;
import org.newsroom.editorial.catalog.TermView;

/**
 * What every page's frame needs (edition, interface strings, menus, ticker, edition
 * switch) and the edition's way of writing dates and numbers. Templates get one of these
 * and never touch a bundle or a formatter themselves.
 */
public record Page(
        Edition edition,
        String title,
        String description,
        String canonicalPath,
        List<SectionView> sections,
        List<TermView> regions,
        List<BreakingView> breaking,
        Map<Edition, String> editionLinks,
        Map<String, String> edited,
        PublicAddress address) {

    /** Times are shown in the newsroom's zone; {@code <time datetime>} carries the exact instant. */
    private static final Map<Edition, NumberFormat> INTEGERS = new EnumMap<>(Edition.class);

    static {
        for (Edition edition : Edition.values()) {
            INTEGERS.put(edition, NumberFormat.getIntegerInstance(edition.locale()));
        }
    }

    public static final ZoneId NEWSROOM_ZONE = ZoneId.of(Setting.ZONE.text());

    public static ResourceBundle bundle(Edition edition) {
        return ResourceBundle.getBundle("org.newsroom.web.messages", edition.locale(), Page.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The interface string for the key: an administrator's edit (site name, slogan) first, else the bundle's. */
    public String text(String key) {
        String edit = edited == null ? null : edited.get(key);
        if (edit != null) {
            return edit;
        }
        try {
            return bundle(edition).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public String text(String key, Object... arguments) {
        return new java.text.MessageFormat(text(key), edition.locale()).format(arguments);
    }

    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(edition.locale()).withZone(NEWSROOM_ZONE).format(instant);
    }

    public String date(Instant instant) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(edition.locale()).withZone(NEWSROOM_ZONE).format(instant);
    }

    /**
     * The machine-readable form for {@code <time datetime>}: ISO-8601 in UTC with at most
     * milliseconds, the finest the HTML standard's global date and time string allows.
     */
    public String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    public String number(long value) {
        // A copy of the edition's formatter (formatters are not thread-safe): far cheaper than asking the locale providers again.
        return ((NumberFormat) INTEGERS.get(edition).clone()).format(value);
    }

    public String home() {
        return "/" + edition.code() + "/";
    }

    public List<SectionView> topSections() {
        return sections.stream().filter(SectionView::isTopLevel).toList();
    }

    public List<SectionView> subsectionsOf(SectionView parent) {
        return sections.stream().filter(s -> parent.slug().equals(s.parentSlug())).toList();
    }

    public String editionName(Edition other) {
        return text("edition." + other.code());
    }

    public Page titled(String newTitle, String newDescription, String newCanonicalPath) {
        return new Page(edition, newTitle, newDescription, newCanonicalPath, sections, regions, breaking, editionLinks, edited, address);
    }

    public Page withEditionLinks(Map<Edition, String> links) {
        return new Page(edition, title, description, canonicalPath, sections, regions, breaking, links, edited, address);
    }

    /** This page's absolute URL on the site's public address, for canonical links and Open Graph. */
    public String canonicalUrl() {
        return canonicalPath == null ? null : address.absolute(canonicalPath);
    }

    /** One {@code <link rel="alternate" hreflang>}: a language (or {@code x-default}) and an absolute URL. */
    public record Alternate(String hreflang, String href) {
    }

    /**
     * The same page in every edition that has it, this one included, and {@code x-default}
     * (the default edition's, else this one), all absolute; empty when no other edition has
     * this page (a section of one edition only), since an edition's home is no translation.
     */
    public List<Alternate> alternates() {
        if (canonicalPath == null) {
            return List.of();
        }
        Map<Edition, String> equivalents = new java.util.EnumMap<>(Edition.class);
        equivalents.put(edition, canonicalPath);
        boolean home = home().equals(canonicalPath);
        editionLinks.forEach((other, path) -> {
            if (other != edition && (home || !path.equals("/" + other.code() + "/"))) {
                equivalents.put(other, path);
            }
        });
        if (equivalents.size() == 1) {
            return List.of();
        }
        List<Alternate> alternates = new java.util.ArrayList<>();
        equivalents.forEach((other, path) -> alternates.add(new Alternate(other.code(), address.absolute(path))));
        alternates.add(new Alternate("x-default", address.absolute(equivalents.getOrDefault(Edition.DEFAULT, canonicalPath))));
        return alternates;
    }
}
