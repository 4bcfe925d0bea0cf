package org.newsroom.editorial.catalog;

/** One picture of a photo gallery with its own caption. */
public record GalleryItem(MediaView image, String caption) {
}
