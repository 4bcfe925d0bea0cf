/**
 * Writing and moving one story: the text, the edit lease kept alive while the page is
 * open, saves that never lose text when someone else saved first, the workflow buttons
 * the caller's role allows, comments, revisions and the audit trail.
 *
 * <p>The editor page is split into parts a person can work on separately, each a small
 * view-scoped bean with its own include under {@code WEB-INF/includes/editor/}, around one
 * shared {@link org.newsroom.admin.editor.OpenStory}: one bean for the whole screen had
 * become six screens' worth of state in 900 lines, where a change to the details form
 * meant reading the lease and the workflow too. The open story says when it was reloaded
 * ({@link org.newsroom.admin.editor.StoryLoaded}) and every part refills its own form, so
 * no part reaches into another's form to keep it current; what a part decides on its own
 * (the stale-save diff, the autosave rule, whether the details changed) is tested without a
 * container. Parts hold ids and records, never entities, because view-scoped beans live in
 * the HTTP session and must serialize.
 */
package org.newsroom.admin.editor;
