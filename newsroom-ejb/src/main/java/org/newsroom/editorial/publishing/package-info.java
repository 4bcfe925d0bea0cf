/**
 * Telling the rest of the platform that published content changed. Messages are sent
 * through the container's transacted connection factory, so a rolled-back publish
 * sends nothing.
 */
package org.newsroom.editorial.publishing;
