package org.newsroom.editorial.catalog;

/** The lead picture of a story; {@code path} is served by the reader site's media resource. */
public record LeadImage(long id, String path, String contentType, int width, int height, String altText, String caption,
        String credit) {

    /** The widest rendition the reader site serves for feeds and cards. */
    public static final int SHARE_WIDTH = 1200;
}
