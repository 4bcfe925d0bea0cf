package org.newsroom.editorial.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import org.newsroom.domain.staff.Role;
import org.newsroom.editorial.configuration.Setting;
import org.newsroom.editorial.schema.StartupRefused;

/**
 * Fills an empty database with the demo newsroom at first start. Turn it off with
 * {@code -Dnewsroom.demo=false} (or {@code NEWSROOM_DEMO=false}); choose the number of
 * stories with {@code -Dnewsroom.demo.articles=N}. Beyond the first batch, stories are
 * written in the background so a large corpus does not hold up the deployment.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "FirstAdministrator"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@RunAs(Role.ADMIN_NAME)
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());

    @EJB
    DemoWriter writer;

    @PostConstruct
    void loadOnFirstStart() {
        if (!enabled() || writer.hasContent()) {
            return;
        }
        int total = articlesWanted();
        writer.createTaxonomyAndPictures();
        int firstBatch = Math.min(total, DemoWriter.BATCH);
        writer.createStories(0, firstBatch);
        writer.createBreakingItems();
        LOG.info(() -> "Newsroom: demo content loaded (" + firstBatch + " stories"
                + (total > firstBatch ? ", " + (total - firstBatch) + " more being written in the background)" : ")"));
        if (total > firstBatch) {
            writer.createRemainingInBackground(firstBatch, total);
        }
    }

    private static boolean enabled() {
        return Setting.DEMO.on();
    }

    static int articlesWanted() {
        // Stricter than Setting.number(): a wrong count refuses the start instead of falling back.
        String setting = Setting.DEMO_ARTICLES.text();
        try {
            return Math.max(0, Integer.parseInt(setting.strip()));
        } catch (NumberFormatException e) {
            throw new StartupRefused("Newsroom cannot start: newsroom.demo.articles (NEWSROOM_DEMO_ARTICLES) must be a whole number, not \"" + setting + "\"");
        }
    }
}
