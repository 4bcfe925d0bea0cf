package org.newsroom.web.sitemap;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.ReaderCatalog;
import org.newsroom.editorial.catalog.SectionView;
import org.newsroom.editorial.catalog.SitemapEntry;
import org.newsroom.editorial.catalog.StorySitemaps;
import org.newsroom.editorial.catalog.TermView;
import org.newsroom.editorial.catalog.Translation;
import org.newsroom.web.address.PublicAddress;
import org.newsroom.web.metadata.SiteIdentity;

/**
 * {@code /sitemaps/{edition}/articles-2026-11.xml} (one per month that has stories: a sitemap holds
 * at most 50,000 URLs and an edition's archive holds more), {@code …/sections.xml},
 * {@code …/tags.xml} and {@code …/news.xml}; {@link SitemapIndex} lists them.
 * {@code …/articles.xml}, which before the month split listed the newest 50,000 stories, still
 * does, for whoever was told of it; the index no longer names it.
 */
@Path("sitemaps/{edition: [a-z]{2}}")
public class Sitemaps {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    /** The sitemaps of an edition besides its months of articles. */
    static final List<String> PARTS = List.of("sections", "tags", "news");
    /** Google News takes stories of the last two days only. */
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    @EJB
    StorySitemaps stories;

    @EJB
    ReaderCatalog catalog;

    @Context
    UriInfo uri;

    @GET
    @Path("articles.xml")
    @Produces(MediaType.APPLICATION_XML + ";charset=UTF-8")
    public Response articles(@PathParam("edition") String code) {
        Edition edition = edition(code);
        return articles(stories.newest(edition, StorySitemaps.MAX_SITEMAP_URLS), PublicAddress.of(uri));
    }

    /** The stories published in one month (UTC); an empty month is a 404, as the index never names one. */
    @GET
    @Path("articles-{month: [0-9]{4}-[0-9]{2}}.xml")
    @Produces(MediaType.APPLICATION_XML + ";charset=UTF-8")
    public Response articlesOf(@PathParam("edition") String code, @PathParam("month") String month) {
        Edition edition = edition(code);
        YearMonth which;
        try {
            which = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new NotFoundException();
        }
        List<SitemapEntry> entries = stories.month(edition, which);
        if (entries.isEmpty()) {
            throw new NotFoundException();
        }
        return articles(entries, PublicAddress.of(uri));
    }

    private static Response articles(List<SitemapEntry> entries, PublicAddress address) {
        return xml(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            w.writeNamespace("xhtml", XHTML_NS);
            for (SitemapEntry entry : entries) {
                w.writeStartElement("url");
                element(w, "loc", address.absolute(entry.path()));
                element(w, "lastmod", entry.modifiedAt().truncatedTo(ChronoUnit.SECONDS).toString());
                if (!entry.translations().isEmpty()) {
                    // Google wants every version to list all versions, itself included.
                    alternate(w, entry.edition(), address.absolute(entry.path()));
                    for (Translation t : entry.translations()) {
                        alternate(w, t.edition(), address.absolute(t.path()));
                    }
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        }, 600);
    }

    @GET
    @Path("sections.xml")
    @Produces(MediaType.APPLICATION_XML + ";charset=UTF-8")
    public Response sections(@PathParam("edition") String code) {
        Edition edition = edition(code);
        PublicAddress address = PublicAddress.of(uri);
        // Menu order: each top-level section followed by its subsections.
        List<SectionView> sections = catalog.sections(edition);
        return xml(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            url(w, address.absolute("/" + edition.code() + "/"));
            for (SectionView section : sections) {
                url(w, address.absolute("/" + edition.code() + "/" + section.path() + "/"));
            }
            w.writeEndElement();
        }, 3600);
    }

    @GET
    @Path("tags.xml")
    @Produces(MediaType.APPLICATION_XML + ";charset=UTF-8")
    public Response tags(@PathParam("edition") String code) {
        Edition edition = edition(code);
        PublicAddress address = PublicAddress.of(uri);
        List<TermView> tags = catalog.tags(edition);
        return xml(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            for (TermView tag : tags) {
                url(w, address.absolute("/" + edition.code() + "/tag/" + tag.slug() + "/"));
            }
            w.writeEndElement();
        }, 3600);
    }

    @GET
    @Path("news.xml")
    @Produces(MediaType.APPLICATION_XML + ";charset=UTF-8")
    public Response news(@PathParam("edition") String code) {
        Edition edition = edition(code);
        PublicAddress address = PublicAddress.of(uri);
        Instant since = Clock.systemUTC().instant().minus(NEWS_WINDOW);
        // Google News reads at most 1,000 URLs per news sitemap.
        List<SitemapEntry> entries = stories.since(edition, since, 1000);
        return xml(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            w.writeNamespace("news", NEWS_NS);
            for (SitemapEntry entry : entries) {
                w.writeStartElement("url");
                element(w, "loc", address.absolute(entry.path()));
                w.writeStartElement(NEWS_NS, "news");
                w.writeStartElement(NEWS_NS, "publication");
                w.writeStartElement(NEWS_NS, "name");
                w.writeCharacters(SiteIdentity.name(edition));
                w.writeEndElement();
                w.writeStartElement(NEWS_NS, "language");
                w.writeCharacters(edition.code());
                w.writeEndElement();
                w.writeEndElement();
                w.writeStartElement(NEWS_NS, "publication_date");
                w.writeCharacters(entry.publishedAt().truncatedTo(ChronoUnit.SECONDS).toString());
                w.writeEndElement();
                w.writeStartElement(NEWS_NS, "title");
                w.writeCharacters(entry.headline());
                w.writeEndElement();
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        }, 120);
    }

    /** The path of one of an edition's sitemaps. */
    public static String path(Edition edition, String part) {
        return "/sitemaps/" + edition.code() + "/" + part + ".xml";
    }

    /** The path of an edition's articles sitemap for one month. */
    public static String path(Edition edition, YearMonth month) {
        return path(edition, "articles-" + month);
    }

    private static void alternate(XMLStreamWriter w, Edition edition, String href) throws XMLStreamException {
        w.writeEmptyElement(XHTML_NS, "link");
        w.writeAttribute("rel", "alternate");
        w.writeAttribute("hreflang", edition.locale().toLanguageTag());
        w.writeAttribute("href", href);
    }

    private static void url(XMLStreamWriter w, String loc) throws XMLStreamException {
        w.writeStartElement("url");
        element(w, "loc", loc);
        w.writeEndElement();
    }

    static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    @FunctionalInterface
    interface XmlBody {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    static Response xml(XmlBody body, int maxAgeSeconds) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(SITEMAP_NS);
            w.setPrefix("xhtml", XHTML_NS);
            w.setPrefix("news", NEWS_NS);
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write a sitemap", e);
        }
        return cached(Response.ok(out.toString()), maxAgeSeconds);
    }

    static Response cached(Response.ResponseBuilder builder, int maxAgeSeconds) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(maxAgeSeconds);
        return builder.cacheControl(cache).build();
    }

    private static Edition edition(String code) {
        return Edition.fromCode(code).orElseThrow(NotFoundException::new);
    }
}
