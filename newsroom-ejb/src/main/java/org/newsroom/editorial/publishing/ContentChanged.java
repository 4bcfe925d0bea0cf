package org.newsroom.editorial.publishing;

import java.util.List;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.people.Author;
import org.newsroom.domain.taxonomy.Coverage;
import org.newsroom.domain.taxonomy.Tag;

/**
 * "This story changed for readers": ids and slugs only, never the story, so consumers
 * read the current state themselves. Sent as JMS message properties (see {@link ContentChangedChannel}).
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

    public static ContentChanged of(String change, Article a) {
        return new ContentChanged(change, a.getId(), a.getEdition().code(), a.getSection().getSlug(),
                a.getTags().stream().map(Tag::getSlug).sorted().toList(),
                a.getCoverages().stream().map(Coverage::getSlug).sorted().toList(),
                a.getAuthors().stream().map(Author::getSlug).toList());
    }
}
