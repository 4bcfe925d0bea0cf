package org.newsroom.admin.dashboard;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.newsroom.domain.edition.Edition;
import org.newsroom.editorial.catalog.ArticleTeaser;
import org.newsroom.editorial.catalog.ReaderCatalog;

/** Backs the dashboard: the latest published stories of each edition. */
@Named
@RequestScoped
public class Dashboard {

    @EJB
    ReaderCatalog catalog;

    private List<ArticleTeaser> recentlyPublished;

    public List<ArticleTeaser> getRecentlyPublished() {
        if (recentlyPublished == null) {
            recentlyPublished = catalog.latest(Edition.DEFAULT, 0, 20);
        }
        return recentlyPublished;
    }

    public long publishedCount(Edition edition) {
        return catalog.countPublished(edition);
    }

    public Edition[] getEditions() {
        return Edition.values();
    }
}
