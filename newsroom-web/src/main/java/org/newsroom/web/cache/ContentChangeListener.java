package org.newsroom.web.cache;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsroom.domain.edition.Edition;
import org.newsroom.web.site.EditedSiteTexts;
import org.newsroom.editorial.catalog.ReaderTaxonomy;
import org.newsroom.editorial.change.ContentChanged;

/**
 * This node's subscriber to {@code ContentChanged}: drops the pages that show the story
 * or list where it appears. A non-durable topic subscription, so every node gets every
 * message and drops its own pages; a node that was down has an empty cache anyway.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = ContentChanged.TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "NonDurable")
})
public class ContentChangeListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(ContentChangeListener.class.getName());

    @Inject
    PageCache cache;

    @Inject
    EditedSiteTexts editedTexts;

    @EJB
    ReaderTaxonomy taxonomy;

    @Override
    public void onMessage(Message message) {
        try {
            ContentChanged change = ContentChanged.from(message);
            if (change.isEverything()) {
                dropEverything();
                return;
            }
            Set<String> changed = keysOf(change);
            if (ContentChanged.SITE.equals(change.change()) || ContentChanged.TAXONOMY.equals(change.change())) {
                // Before the pages go, so that the next render already has the new menus, names and terms.
                change.editionNamed().ifPresent(taxonomy::forget);
            }
            if (ContentChanged.SITE.equals(change.change())) {
                editedTexts.reload();
            }
            int dropped = cache.drop(changed);
            LOG.fine(() -> "Content changed: dropped " + dropped + " pages for " + changed);
        } catch (JMSException | NumberFormatException e) {
            // Nothing to redeliver for: a message we cannot read names nothing; the time-to-live bounds the damage.
            LOG.log(Level.WARNING, "Ignored an unreadable content-changed message", e);
        }
    }

    /** Menus, names, terms and texts first, so the pages rendered after the drop already have the current ones. */
    private void dropEverything() {
        for (Edition edition : Edition.values()) {
            taxonomy.forget(edition);
        }
        editedTexts.reload();
        long pages = cache.size();
        cache.clear();
        LOG.info(() -> "Newsroom: page cache dropped on request (" + pages + " pages)");
    }

    /**
     * The pages a change to this story can alter: the story itself and every page listing it
     * (by its id), the edition's home and the lists the message cannot name (regions), the
     * lists of its section — whose key is also on its parent section's pages and on the
     * article pages of the section (read next) — and of its tags, coverages and authors.
     * A {@code SITE} change (menu, edition name, slogan) drops every page of the edition.
     */
    static Set<String> keysOf(ContentChanged change) {
        Set<String> keys = new HashSet<>();
        keys.add(SurrogateKeys.forArticle(change.articleId()));
        Edition edition = change.editionNamed().orElse(null);
        if (edition == null) {
            return keys;
        }
        String section = change.section();
        keys.add(SurrogateKeys.forHome(edition));
        keys.add(SurrogateKeys.forAnyList(edition));
        if (ContentChanged.SITE.equals(change.change())) {
            keys.add(SurrogateKeys.forEdition(edition));
        }
        if (section != null && !section.isBlank()) {
            keys.add(SurrogateKeys.forSection(edition, section));
        }
        for (String tag : change.tags()) {
            keys.add(SurrogateKeys.forTag(edition, tag));
        }
        for (String coverage : change.coverages()) {
            keys.add(SurrogateKeys.forCoverage(edition, coverage));
        }
        for (String author : change.authors()) {
            keys.add(SurrogateKeys.forAuthor(edition, author));
        }
        return keys;
    }
}
