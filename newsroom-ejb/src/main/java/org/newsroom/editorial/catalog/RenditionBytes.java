package org.newsroom.editorial.catalog;

/** The bytes of one image rendition, for the media endpoint. */
public record RenditionBytes(long id, int width, String contentType, byte[] bytes) {
}
