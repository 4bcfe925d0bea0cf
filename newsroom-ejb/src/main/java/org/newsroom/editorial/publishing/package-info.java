/**
 * Telling the rest of the platform that published content changed: the reader shelf is
 * restocked and the {@code change.ContentChanged} message sent in the caller's transaction,
 * through the container's transacted connection factory, so a rolled-back publish changes and
 * sends nothing.
 */
package org.newsroom.editorial.publishing;
