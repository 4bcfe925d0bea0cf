/**
 * Writing and moving one story: the text, the edit lease kept alive while the page is
 * open, saves that never lose text when someone else saved first, the workflow buttons
 * the caller's role allows, comments, revisions and the audit trail.
 */
package org.newsroom.admin.editor;
