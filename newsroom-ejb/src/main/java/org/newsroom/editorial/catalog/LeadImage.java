package org.newsroom.editorial.catalog;

/**
 * A story's lead picture as the library holds it (full size), and the one rule for the size it is
 * shared at: the public API's image, the feeds' enclosure and the article page's JSON-LD all use
 * {@link #sharePath()}, {@link #shareWidth()} and {@link #shareHeight()}.
 */
public record LeadImage(long id, String contentType, int width, int height, String altText, String caption,
        String credit) {

    /** The widest rendition the reader site serves for feeds and cards. */
    public static final int SHARE_WIDTH = 1200;

    public int shareWidth() {
        return Math.min(width, SHARE_WIDTH);
    }

    /** The height at {@link #shareWidth()}, keeping the aspect ratio (the full height when the width is unknown). */
    public int shareHeight() {
        return width == 0 ? height : (int) ((long) height * shareWidth() / width);
    }

    /** Served by the reader site's media resource. */
    public String sharePath() {
        return "/media/" + id + "/" + shareWidth();
    }
}
