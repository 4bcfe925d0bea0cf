/**
 * The console's media library screen, the picture picker every story screen can include,
 * and the editor's picture panel (lead image, images in the body, gallery). The rules
 * live in the services ({@code editorial.media}); these beans only show what they say.
 */
package org.newsroom.admin.media;
