package org.newsroom.editorial.workflow;

import java.io.Serializable;
import java.util.List;
import org.newsroom.domain.article.Article;

/** A story's details as the editor shows them: each term with its id and its name. */
public record DetailsView(long articleId, long version, String kind, String slug, long sectionId,
                          List<Choice> regions, List<Choice> tags, List<Choice> coverages, List<Choice> authors,
                          String source, List<Choice> related, String videoUrl, String assignee) implements Serializable {

    public static DetailsView of(Article a) {
        return new DetailsView(a.getId(), a.getVersion(), a.getKind().name(), a.getSlug(), a.getSection().getId(),
                a.getRegions().stream().map(r -> new Choice(r.getId(), r.getName())).toList(),
                a.getTags().stream().map(t -> new Choice(t.getId(), t.getName())).toList(),
                a.getCoverages().stream().map(c -> new Choice(c.getId(), c.getName())).toList(),
                a.getAuthors().stream().map(w -> new Choice(w.getId(), w.getName())).toList(),
                a.getSource(),
                a.getRelated().stream().map(r -> new Choice(r.getId(), r.getHeadline())).toList(),
                a.getVideoUrl(), a.getAssignee());
    }
}
