package org.newsroom.editorial.workflow;

import java.time.Instant;
import org.newsroom.domain.article.Article;

/** A story as staff see it; carries the version every later write must quote. */
public record ArticleView(long id, long version, String edition, String status, String headline, String slug,
                          String summary, String body, long sectionId, String desk, String assignee, String createdBy,
                          Instant publishAt, Instant unpublishAt, Instant embargoUntil, Instant publishedAt,
                          String correctionNote, String translationGroup) {

    public static ArticleView of(Article a) {
        return new ArticleView(a.getId(), a.getVersion(), a.getEdition().code(), a.getStatus().name(), a.getHeadline(),
                a.getSlug(), a.getSummary(), a.getBody(), a.getSection().getId(), a.getDesk(), a.getAssignee(),
                a.getCreatedBy(), a.getPublishAt(), a.getUnpublishAt(), a.getEmbargoUntil(), a.getPublishedAt(),
                a.getCorrectionNote(), a.getTranslationGroup());
    }
}
