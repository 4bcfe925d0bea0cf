package org.newsroom.web.cache;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.ArticleTeaser;

/**
 * What a page shows, as surrogate keys: the same words a {@code ContentChanged} message
 * is turned into, so dropping a page is a set intersection. Slugs are qualified by
 * edition because tags, sections and coverages belong to one edition and a CDN purges
 * across all of them; article ids are unique already.
 */
public final class SurrogateKeys {

    /** The response header pages set and the cache sends on (Fastly's name; space-separated). */
    public static final String HEADER = "Surrogate-Key";

    private final Edition edition;
    private final Set<String> keys = new LinkedHashSet<>();

    private SurrogateKeys(Edition edition) {
        this.edition = edition;
        // Every page carries the ticker of its edition.
        keys.add(forEdition(edition));
    }

    /** A page of this edition; it shows the edition's ticker, so it goes when the ticker changes. */
    public static SurrogateKeys of(Edition edition) {
        return new SurrogateKeys(edition);
    }

    public static String forArticle(long id) {
        return "article:" + id;
    }

    public static String forHome(Edition edition) {
        return "home:" + edition.code();
    }

    public static String forEdition(Edition edition) {
        return "edition:" + edition.code();
    }

    /** Lists any publish of the edition may change (regions, the authors index): the message does not name them. */
    public static String forAnyList(Edition edition) {
        return "lists:" + edition.code();
    }

    public static String forSection(Edition edition, String slug) {
        return "section:" + edition.code() + ":" + slug;
    }

    public static String forTag(Edition edition, String slug) {
        return "tag:" + edition.code() + ":" + slug;
    }

    public static String forCoverage(Edition edition, String slug) {
        return "coverage:" + edition.code() + ":" + slug;
    }

    /** Authors write in every edition; their page is per edition. */
    public static String forAuthor(Edition edition, String slug) {
        return "author:" + edition.code() + ":" + slug;
    }

    public SurrogateKeys home() {
        keys.add(forHome(edition));
        return this;
    }

    public SurrogateKeys anyList() {
        keys.add(forAnyList(edition));
        return this;
    }

    public SurrogateKeys section(String slug) {
        keys.add(forSection(edition, slug));
        return this;
    }

    public SurrogateKeys tag(String slug) {
        keys.add(forTag(edition, slug));
        return this;
    }

    public SurrogateKeys coverage(String slug) {
        keys.add(forCoverage(edition, slug));
        return this;
    }

    public SurrogateKeys author(String slug) {
        keys.add(forAuthor(edition, slug));
        return this;
    }

    public SurrogateKeys article(long id) {
        keys.add(forArticle(id));
        return this;
    }

    /** Every story a list shows: unpublishing or correcting one of them changes this page. */
    public SurrogateKeys articles(Collection<ArticleTeaser> teasers) {
        teasers.forEach(t -> keys.add(forArticle(t.id())));
        return this;
    }

    public Set<String> asSet() {
        return Set.copyOf(keys);
    }

    /** The header value. */
    @Override
    public String toString() {
        return String.join(" ", keys);
    }

    public static Set<String> parse(String header) {
        Set<String> parsed = new LinkedHashSet<>();
        if (header != null) {
            for (String key : header.trim().split("\\s+")) {
                if (!key.isEmpty()) {
                    parsed.add(key);
                }
            }
        }
        return parsed;
    }
}
