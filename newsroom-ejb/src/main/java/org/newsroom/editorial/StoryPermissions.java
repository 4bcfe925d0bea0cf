package org.newsroom.editorial;

import static org.newsroom.editorial.ActionRefused.Why.NOT_ALLOWED;
import static org.newsroom.editorial.ActionRefused.Why.RULE;

import jakarta.ejb.EJBContext;
import java.util.Set;
import org.newsroom.domain.article.Article;
import org.newsroom.domain.article.ArticleStatus;
import org.newsroom.domain.article.StoryAction;
import org.newsroom.domain.staff.Role;

/**
 * The caller's side of {@link StoryAction}: who is asking (their name and highest role, from the EJB
 * context), checked against the one role × state table. Every service that changes a story asks
 * {@link #require} before it changes anything; views of a story carry {@link #allowed} so the console
 * and the staff API offer exactly what the services would accept.
 */
public final class StoryPermissions {

    private StoryPermissions() {
    }

    /** Refuses the action unless the caller may take it on this story now. */
    public static void require(StoryAction action, Article story, EJBContext caller) {
        action.refusal(story.getStatus(), story.getCreatedBy(), caller.getCallerPrincipal().getName(), highestRole(caller))
                .ifPresent(refusal -> {
                    throw new ActionRefused(refusal.why() == StoryAction.Refused.NOT_ALLOWED ? NOT_ALLOWED : RULE,
                            refusal.reason());
                });
    }

    /** What the caller may do with a story in this state, written by this author. */
    public static Set<StoryAction> allowed(ArticleStatus status, String author, EJBContext caller) {
        return StoryAction.allowedFor(status, author, caller.getCallerPrincipal().getName(), highestRole(caller));
    }

    /** The caller's highest role (each includes the ones before it), or null for someone with none. */
    static Role highestRole(EJBContext caller) {
        Role[] roles = Role.values();
        for (int i = roles.length - 1; i >= 0; i--) {
            if (caller.isCallerInRole(roles[i].name())) {
                return roles[i];
            }
        }
        return null;
    }
}
