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
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.published.PublishedStories;
import org.newsroom.editorial.published.SectionNode;
import org.newsroom.editorial.published.SitemapEntry;
import org.newsroom.editorial.published.StoryFilter;
import org.newsroom.editorial.published.TermRef;
import org.newsroom.editorial.published.Translation;
import org.newsroom.web.address.PublicAddress;
import org.newsroom.web.metadata.SiteIdentity;

/**
 * {@code /sitemaps/{edition}/articles.xml}, {@code …/sections.xml}, {@code …/tags.xml} and
 * {@code …/news.xml}; {@link SitemapIndex} lists them.
 */
@Path("sitemaps/{edition: [a-z]{2}}")
public class Sitemaps {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    static final List<String> PARTS = List.of("articles", "sections", "tags", "news");
    /** Google News takes stories of the last two days only. */
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    @EJB
    PublishedStories stories;

    @Context
    UriInfo uri;

    @GET
    @Path("articles.xml")
    @Produces(MediaType.APPLICATION_XML + ";charset=UTF-8")
    public Response articles(@PathParam("edition") String code) {
        Edition edition = edition(code);
        PublicAddress address = PublicAddress.of(uri);
        List<SitemapEntry> entries = stories.sitemap(StoryFilter.of(edition), PublishedStories.MAX_SITEMAP_URLS);
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
        List<SectionNode> tree = stories.sections(edition);
        return xml(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            url(w, address.absolute("/" + edition.code() + "/"));
            for (SectionNode top : tree) {
                url(w, address.absolute("/" + edition.code() + "/" + top.path() + "/"));
                for (SectionNode sub : top.subsections()) {
                    url(w, address.absolute("/" + edition.code() + "/" + sub.path() + "/"));
                }
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
        List<TermRef> tags = stories.tags(edition);
        return xml(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP_NS);
            for (TermRef tag : tags) {
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
        List<SitemapEntry> entries = stories.sitemap(StoryFilter.of(edition).publishedAfter(since), 1000);
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
