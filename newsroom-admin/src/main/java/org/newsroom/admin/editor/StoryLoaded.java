package org.newsroom.admin.editor;

import org.newsroom.editorial.workflow.ArticleView;

/**
 * The open story was (re)loaded from the service: each part of the editor refills its form
 * from it. {@code reason} tells the lease what the load means for the editing session.
 */
public record StoryLoaded(ArticleView story, Reason reason) {

    public enum Reason {
        /** The page opened the story or just created it: take its lease if the caller may edit. */
        OPENED,
        /** A save, details save or restore: the session goes on, the lease stays as it is. */
        CHANGED,
        /** A workflow transition: the service released the lease and the story usually moves to someone else. */
        MOVED
    }
}
