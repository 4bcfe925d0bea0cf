package org.newsroom.web.article;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.ArticleTeaser;
import org.newsroom.editorial.catalog.ArticlePageParts;
import org.newsroom.editorial.catalog.PublishedStories;
import org.newsroom.editorial.catalog.PublishedStory;
import org.newsroom.editorial.catalog.ReaderCatalog;
import org.newsroom.editorial.catalog.SectionView;
import org.newsroom.editorial.catalog.Translation;
import org.newsroom.editorial.reading.ReadCounter;
import org.newsroom.web.address.PublicAddress;
import org.newsroom.web.metadata.StructuredData;
import org.newsroom.web.cache.PageCacheFilter;
import org.newsroom.web.cache.SurrogateKeys;
import org.newsroom.web.site.HtmlPages;
import org.newsroom.web.site.Page;
import org.newsroom.web.site.SiteFrame;
import org.newsroom.web.site.Templates;

/** The article page, with every part the design asks for, and the read count behind "most read". */
@ApplicationScoped
@Transactional // one transaction, one pooled connection per page: the catalog's calls join it (docs/speed.md)
public class ArticlePage {

    /** Absolute links for sharing; configurable because the app cannot know its public host behind a CDN. */

    @EJB
    PublishedStories stories;

    @EJB
    ReaderCatalog catalog;

    @EJB
    ReadCounter reads;

    @Inject
    SiteFrame frame;

    @Inject
    Templates templates;

    /** To tell the page cache whose read a cached copy must still count. */
    @Inject
    HttpServletRequest request;

    public Response render(Edition edition, String sectionPath, String slug, String userAgent) {
        PublishedStory article = stories.bySlug(edition, slug).orElseThrow(NotFoundException::new);
        if (!article.section().path().equals(sectionPath)) {
            return HtmlPages.movedPermanently(article.path());
        }
        if (!ReaderAgents.isRobot(userAgent)) {
            reads.countRead(article.id());
        }
        Page page = frame.of(edition, null, null, null).titled(article.headline(), article.summary(), article.path());
        page = page.withEditionLinks(editionLinks(article));
        ArticlePageParts parts = stories.pageParts(article);
        List<ArticleTeaser> readNext = catalog.readNext(edition, article.section().id(), article.id(), 4);
        PublicAddress address = PublicAddress.of(request);
        String shareUrl = address.absolute(article.path());
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("article", article);
        model.put("parts", parts);
        model.put("body", ArticleBody.render(article, parts, readNext, page));
        model.put("shareUrl", shareUrl);
        model.put("encodedUrl", URLEncoder.encode(shareUrl, StandardCharsets.UTF_8));
        model.put("encodedHeadline", URLEncoder.encode(article.headline(), StandardCharsets.UTF_8));
        model.put("readNext", readNext);
        List<ArticleTeaser> mostRead = catalog.mostRead(edition, 5);
        model.put("mostRead", mostRead);
        model.put("structuredData", structuredData(article, address));
        // Read next is the newest of the section, so a publish in the section changes this page too.
        SurrogateKeys shows = SurrogateKeys.of(edition).article(article.id()).section(article.section().slug())
                .articles(readNext).articles(parts.related()).articles(mostRead);
        request.setAttribute(PageCacheFilter.COUNTS_READ_OF, article.id());
        return HtmlPages.ok(templates.render("article.jte", model), shows);
    }

    /** JSON-LD of the story's schema.org type for its kind, and its breadcrumb trail. */
    private static String structuredData(PublishedStory story, PublicAddress address) {
        SectionView section = story.section();
        Edition edition = story.edition();
        List<StructuredData.Crumb> trail = new ArrayList<>();
        if (section.isTopLevel()) {
            trail.add(new StructuredData.Crumb(section.name(), "/" + edition.code() + "/" + section.path() + "/"));
        } else {
            trail.add(new StructuredData.Crumb(section.parentName(), "/" + edition.code() + "/" + section.parentSlug() + "/"));
            trail.add(new StructuredData.Crumb(section.name(), "/" + edition.code() + "/" + section.path() + "/"));
        }
        trail.add(new StructuredData.Crumb(story.headline(), story.path()));
        return StructuredData.scriptTag(StructuredData.article(story, address))
                + StructuredData.scriptTag(StructuredData.breadcrumbs(trail, address));
    }

    /** The same story in each other edition where it is published, else that edition's home. */
    private Map<Edition, String> editionLinks(PublishedStory article) {
        Map<Edition, String> links = new EnumMap<>(Edition.class);
        for (Edition other : Edition.values()) {
            links.put(other, "/" + other.code() + "/");
        }
        for (Translation translation : catalog.translations(article.translationGroup())) {
            links.put(translation.edition(), translation.path());
        }
        return links;
    }
}
