package org.newsroom.editorial.workflow;

import jakarta.ejb.EJBContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.StoryAction;
import org.newsroom.editorial.StoryPermissions;

/**
 * A story as staff see it; carries the version every later write must quote, and what the person who
 * asked may do with it now ({@code allowedActions}: {@link StoryAction} wire names, which are the staff
 * API's transition names plus {@code edit} and {@code describe}). Serializable, like the other views the
 * console's view-scoped beans hold, because those live in the HTTP session.
 */
public record ArticleView(long id, long version, String edition, String status, String headline, String slug,
                          String summary, String body, long sectionId, String desk, String assignee, String createdBy,
                          Instant publishAt, Instant unpublishAt, Instant embargoUntil, Instant publishedAt,
                          String correctionNote, String translationGroup, List<String> allowedActions) implements Serializable {

    /** The story as the service's caller sees it, with what they may do with it now. */
    public static ArticleView forCaller(Article a, EJBContext caller) {
        return of(a, StoryPermissions.allowed(a.getStatus(), a.getCreatedBy(), caller));
    }

    public static ArticleView of(Article a, Set<StoryAction> allowed) {
        return new ArticleView(a.getId(), a.getVersion(), a.getEdition().code(), a.getStatus().name(), a.getHeadline(),
                a.getSlug(), a.getSummary(), a.getBody(), a.getSection().getId(), a.getDesk(), a.getAssignee(),
                a.getCreatedBy(), a.getPublishAt(), a.getUnpublishAt(), a.getEmbargoUntil(), a.getPublishedAt(),
                a.getCorrectionNote(), a.getTranslationGroup(),
                allowed.stream().sorted().map(StoryAction::wireName).toList());
    }

    /** Whether the person this view was made for may take the action now. */
    public boolean allows(StoryAction action) {
        return allowedActions.contains(action.wireName());
    }
}
