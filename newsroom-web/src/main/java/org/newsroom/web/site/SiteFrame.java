package org.newsroom.web.site;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.Map;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.breaking.BreakingTicker;
import org.newsroom.editorial.catalog.ReaderCatalog;
import org.newsroom.web.address.PublicAddress;

/** Builds the frame of a page: two small queries for the menus plus the in-memory ticker and edited texts. */
@ApplicationScoped
public class SiteFrame {

    @EJB
    ReaderCatalog catalog;

    @EJB
    BreakingTicker ticker;

    @Inject
    EditedSiteTexts edited;

    @Inject
    HttpServletRequest request;

    public Page of(Edition edition, String title, String description, String canonicalPath) {
        Map<Edition, String> homes = new EnumMap<>(Edition.class);
        for (Edition other : Edition.values()) {
            homes.put(other, "/" + other.code() + "/");
        }
        return new Page(edition, title, description, canonicalPath, catalog.sections(edition), catalog.regions(edition),
                ticker.current(edition), homes, edited.of(edition), PublicAddress.of(request));
    }
}
