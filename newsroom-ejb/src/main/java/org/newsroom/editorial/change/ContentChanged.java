package org.newsroom.editorial.change;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.List;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.edition.Edition;
import org.newsroom.domain.people.Author;
import org.newsroom.domain.taxonomy.Coverage;
import org.newsroom.domain.taxonomy.Tag;

/**
 * "This story changed for readers": ids and slugs only, never the story, so consumers
 * read the current state themselves. Travels as JMS message properties: {@link #toMessage} and
 * {@link #from} are the one codec, used by {@code publishing.ContentChangedChannel} and by every listener.
 */
public record ContentChanged(String change, long articleId, String edition, String section,
                             List<String> tags, List<String> coverages, List<String> authors) {

    public static final String PUBLISHED = "PUBLISHED";
    public static final String UNPUBLISHED = "UNPUBLISHED";
    public static final String CORRECTED = "CORRECTED";
    /** Details readers see changed (section, tags, related stories …) on a published story. */
    public static final String UPDATED = "UPDATED";
    /** A tag, section or coverage the story shows was renamed, merged or re-curated. */
    public static final String TAXONOMY = "TAXONOMY";
    /** What every page of the edition shows changed (the section menu, the edition's name or slogan). */
    public static final String SITE = "SITE";
    /**
     * Everything readers see may have changed (the operations tool's {@code drop-page-cache}):
     * every node drops every cached page and re-reads its taxonomy and site texts. Names no story.
     */
    public static final String EVERYTHING = "EVERYTHING";

    /** The topic every node listens on; bound in ops/cli/install.cli. */
    public static final String TOPIC = "java:/jms/newsroom/content";

    /** Message property names: also what a JMS selector filters on. */
    public static final String CHANGE = "change";
    public static final String ARTICLE_ID = "articleId";
    public static final String EDITION = "edition";
    public static final String SECTION = "section";
    public static final String TAGS = "tags";
    public static final String COVERAGES = "coverages";
    public static final String AUTHORS = "authors";

    /** The message this change travels as, made by the given context (the caller's transacted one). */
    public Message toMessage(JMSContext jms) throws JMSException {
        Message message = jms.createMessage();
        message.setStringProperty(CHANGE, change);
        message.setLongProperty(ARTICLE_ID, articleId);
        message.setStringProperty(EDITION, edition);
        message.setStringProperty(SECTION, section);
        message.setStringProperty(TAGS, String.join(",", tags));
        message.setStringProperty(COVERAGES, String.join(",", coverages));
        message.setStringProperty(AUTHORS, String.join(",", authors));
        return message;
    }

    /** The change a message carries; a property that is missing reads as no value. */
    public static ContentChanged from(Message message) throws JMSException {
        return new ContentChanged(message.getStringProperty(CHANGE),
                message.propertyExists(ARTICLE_ID) ? message.getLongProperty(ARTICLE_ID) : 0,
                message.getStringProperty(EDITION), message.getStringProperty(SECTION),
                list(message.getStringProperty(TAGS)), list(message.getStringProperty(COVERAGES)),
                list(message.getStringProperty(AUTHORS)));
    }

    private static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The edition the change is about, when it names a known one. */
    public java.util.Optional<Edition> editionNamed() {
        return Edition.fromCode(edition);
    }

    /** The {@link #EVERYTHING} change: no story, no edition. */
    public static ContentChanged everything() {
        return new ContentChanged(EVERYTHING, 0, null, null, List.of(), List.of(), List.of());
    }

    public boolean isEverything() {
        return EVERYTHING.equals(change);
    }

    public static ContentChanged of(String change, Article a) {
        return new ContentChanged(change, a.getId(), a.getEdition().code(), a.getSection().getSlug(),
                a.getTags().stream().map(Tag::getSlug).sorted().toList(),
                a.getCoverages().stream().map(Coverage::getSlug).sorted().toList(),
                a.getAuthors().stream().map(Author::getSlug).toList());
    }
}
