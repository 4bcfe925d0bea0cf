package org.newsroom.web.api;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.newsroom.editorial.catalog.LeadImage;
import org.newsroom.editorial.catalog.PublishedStory;
import org.newsroom.editorial.catalog.SectionView;
import org.newsroom.editorial.catalog.TermView;
import org.newsroom.editorial.catalog.Translation;
import org.newsroom.web.address.PublicAddress;

/**
 * A story as the apps receive it. {@code bodyHtml} is cleaned again with a jsoup
 * safelist although the editor sanitizes on save: the API must not pass on markup an
 * older sanitizer let through. {@code summary} is plain text. {@code bodyHtml} is null
 * in lists.
 */
public record ArticleDocument(
        long id,
        String edition,
        String kind,
        String headline,
        String slug,
        String url,
        String summary,
        String bodyHtml,
        Section section,
        List<TermRef> regions,
        List<TermRef> tags,
        List<TermRef> coverages,
        List<TermRef> authors,
        Image image,
        String videoUrl,
        List<Alternate> translations,
        Instant publishedAt,
        Instant updatedAt) {

    /** What a story's body may contain: basic formatting, links and images. */
    static final Safelist BODY = Safelist.relaxed().addProtocols("img", "src", "https", "http");

    public record Section(String slug, String name, String path, String parentSlug) {
    }

    public record Image(String url, int width, int height, String altText, String caption, String credit) {
    }

    public record Alternate(String edition, String url) {
    }

    /**
     * {@code translations} are the story's published versions in the other editions (empty in lists);
     * the body only when {@code withBody}. Terms are listed by id, the order the API has always given.
     */
    static ArticleDocument of(PublishedStory s, List<Translation> translations, PublicAddress address, boolean withBody) {
        LeadImage lead = s.leadImage();
        SectionView sec = s.section();
        return new ArticleDocument(s.id(), s.edition().code(), s.kind().name(), s.headline(), s.slug(),
                address.absolute(s.path()), plainText(s.summary()),
                withBody ? cleanBody(s.body()) : null,
                new Section(sec.slug(), sec.name(), sec.path(), sec.parentSlug()),
                byId(s.regions()), byId(s.tags()), byId(s.coverages()), s.authors().stream().map(TermRef::of).toList(),
                lead == null ? null : new Image(address.absolute(lead.sharePath()), lead.shareWidth(), lead.shareHeight(),
                        lead.altText(), lead.caption(), lead.credit()),
                s.videoUrl(),
                translations.stream().map(t -> new Alternate(t.edition().code(), address.absolute(t.path()))).toList(),
                s.publishedAt(), s.wasUpdated() ? s.updatedAt() : null);
    }

    private static List<TermRef> byId(List<TermView> terms) {
        return terms.stream().sorted(Comparator.comparingLong(TermView::id)).map(TermRef::of).toList();
    }

    public static String plainText(String html) {
        return html == null ? null : Jsoup.parse(html).text();
    }

    public static String cleanBody(String html) {
        return html == null ? null : Jsoup.clean(html, BODY);
    }
}
