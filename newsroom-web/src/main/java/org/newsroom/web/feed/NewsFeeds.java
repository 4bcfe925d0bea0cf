package org.newsroom.web.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.AuthorView;
import org.newsroom.editorial.catalog.LeadImage;
import org.newsroom.editorial.catalog.PublishedStories;
import org.newsroom.editorial.catalog.PublishedStory;
import org.newsroom.editorial.catalog.ReaderCatalog;
import org.newsroom.editorial.catalog.StoryFilter;
import org.newsroom.editorial.catalog.TermView;
import org.newsroom.web.address.PublicAddress;
import org.newsroom.web.metadata.SiteIdentity;

/**
 * {@code /feeds/{edition}/feed.rss|atom}, {@code /feeds/{edition}/section/{slug}/feed.rss|atom},
 * {@code /feeds/{edition}/tag/{slug}/…} and {@code /feeds/{edition}/author/{slug}/…}:
 * the newest {@value #ENTRIES} published stories, with byline, categories, the lead
 * picture as enclosure and the sanitized body as content.
 */
@Path("feeds/{edition: [a-z]{2}}")
public class NewsFeeds {

    static final int ENTRIES = 30;
    private static final String FORMAT = "{format: rss|atom}";

    @EJB
    PublishedStories stories;

    @EJB
    ReaderCatalog catalog;

    @Context
    UriInfo uri;

    @Context
    Request request;

    @GET
    @Path("feed." + FORMAT)
    public Response edition(@PathParam("edition") String code, @PathParam("format") String format) {
        Edition edition = edition(code);
        return feed(format, edition, SiteIdentity.name(edition), "/" + edition.code() + "/", StoryFilter.of(edition));
    }

    @GET
    @Path("section/{slug}/feed." + FORMAT)
    public Response section(@PathParam("edition") String code, @PathParam("slug") String slug,
            @PathParam("format") String format) {
        Edition edition = edition(code);
        var section = catalog.section(edition, slug).orElseThrow(NotFoundException::new);
        return feed(format, edition, section.name() + " · " + SiteIdentity.name(edition),
                "/" + edition.code() + "/" + section.path() + "/", StoryFilter.of(edition).withSection(slug));
    }

    @GET
    @Path("tag/{slug}/feed." + FORMAT)
    public Response tag(@PathParam("edition") String code, @PathParam("slug") String slug,
            @PathParam("format") String format) {
        Edition edition = edition(code);
        TermView tag = catalog.tag(edition, slug).orElseThrow(NotFoundException::new);
        return feed(format, edition, tag.name() + " · " + SiteIdentity.name(edition),
                "/" + edition.code() + "/tag/" + tag.slug() + "/", StoryFilter.of(edition).withTag(slug));
    }

    @GET
    @Path("author/{slug}/feed." + FORMAT)
    public Response author(@PathParam("edition") String code, @PathParam("slug") String slug,
            @PathParam("format") String format) {
        Edition edition = edition(code);
        AuthorView author = catalog.author(slug).orElseThrow(NotFoundException::new);
        return feed(format, edition, author.name() + " · " + SiteIdentity.name(edition),
                "/" + edition.code() + "/author/" + author.slug() + "/", StoryFilter.of(edition).withAuthor(slug));
    }

    /** The feed paths of an edition, for {@code <link rel="alternate">} and the API. */
    public static String path(Edition edition, String scope, String slug, String format) {
        return "/feeds/" + edition.code() + (scope == null ? "" : "/" + scope + "/" + slug) + "/feed." + format;
    }

    private Response feed(String format, Edition edition, String title, String pagePath, StoryFilter filter) {
        PublicAddress address = PublicAddress.of(uri);
        List<PublishedStory> items = stories.newest(filter, ENTRIES);
        SyndFeed feed = new SyndFeedImpl();
        boolean atom = "atom".equals(format);
        feed.setFeedType(atom ? "atom_1.0" : "rss_2.0");
        feed.setTitle(title);
        feed.setLink(address.absolute(pagePath));
        feed.setUri(address.absolute(pagePath));
        feed.setDescription(title);
        feed.setLanguage(edition.locale().toLanguageTag());
        feed.setCopyright("© " + SiteIdentity.name(edition));
        SyndLink self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(address.absolute(uri.getRequestUri().getRawPath()));
        self.setType(atom ? "application/atom+xml" : "application/rss+xml");
        SyndLink page = new SyndLinkImpl();
        page.setRel("alternate");
        page.setHref(address.absolute(pagePath));
        page.setType("text/html");
        feed.setLinks(List.of(page, self));
        // A feed without items still needs a date for Atom's mandatory <updated>.
        feed.setPublishedDate(items.isEmpty() ? new Date(0) : Date.from(items.get(0).modifiedAt()));
        feed.setEntries(items.stream().map(s -> entry(s, address)).toList());
        String xml;
        try {
            xml = new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("Rome could not write the " + format + " feed " + pagePath, e);
        }
        EntityTag tag = new EntityTag(sha256(xml));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).cacheControl(cache).build();
        }
        return Response.ok(xml, (atom ? "application/atom+xml" : "application/rss+xml") + ";charset=UTF-8")
                .tag(tag).cacheControl(cache).build();
    }

    private static SyndEntry entry(PublishedStory s, PublicAddress address) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(s.headline());
        entry.setLink(address.absolute(s.path()));
        entry.setUri(address.absolute(s.path()));
        entry.setPublishedDate(Date.from(s.publishedAt()));
        entry.setUpdatedDate(Date.from(s.modifiedAt()));
        List<SyndPerson> authors = new ArrayList<>();
        for (AuthorView a : s.authors()) {
            SyndPerson person = new SyndPersonImpl();
            person.setName(a.name());
            person.setUri(address.absolute("/" + s.edition().code() + "/author/" + a.slug() + "/"));
            authors.add(person);
        }
        entry.setAuthors(authors);
        // RSS 2.0's own <author> must be an e-mail address; bylines go in dc:creator, one per author.
        ((DCModule) entry.getModule(DCModule.URI)).setCreators(s.authors().stream().map(AuthorView::name).toList());
        List<SyndCategory> categories = new ArrayList<>();
        categories.add(category(s.section().name(), null));
        s.tags().forEach(t -> categories.add(category(t.name(), null)));
        s.regions().forEach(r -> categories.add(category(r.name(), null)));
        entry.setCategories(categories);
        SyndContent description = new SyndContentImpl();
        description.setType("text/plain");
        description.setValue(s.summary() == null ? "" : Jsoup.parse(s.summary()).text());
        entry.setDescription(description);
        if (s.body() != null) {
            SyndContent content = new SyndContentImpl();
            content.setType("html");
            content.setValue(Jsoup.clean(s.body(), Safelist.relaxed()));
            entry.setContents(List.of(content));
        }
        LeadImage image = s.leadImage();
        if (image != null) {
            SyndEnclosure enclosure = new SyndEnclosureImpl();
            enclosure.setUrl(address.absolute(image.sharePath()));
            enclosure.setType(image.contentType() == null ? "image/jpeg" : image.contentType());
            // RSS requires a length; the rendition's size is not known without reading it, and 0 is the usual "unknown".
            enclosure.setLength(0);
            entry.setEnclosures(List.of(enclosure));
        }
        return entry;
    }

    private static SyndCategory category(String name, String taxonomyUri) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(name);
        category.setTaxonomyUri(taxonomyUri);
        return category;
    }

    private static Edition edition(String code) {
        return Edition.fromCode(code).orElseThrow(NotFoundException::new);
    }

    private static String sha256(String body) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
