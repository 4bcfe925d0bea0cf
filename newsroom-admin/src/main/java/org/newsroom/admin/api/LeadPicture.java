package org.newsroom.admin.api;

/** The body of {@code PUT /articles/{id}/lead}: a described library picture's id, or null for none. */
public record LeadPicture(Long mediaId) {
}
