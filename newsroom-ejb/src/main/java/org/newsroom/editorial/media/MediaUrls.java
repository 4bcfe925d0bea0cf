package org.newsroom.editorial.media;

/**
 * The media library's address, {@code /media/{id}/{width}} (served by the reader site), as
 * the console writes it into a body; {@code BodySanitizer.mediaAsset} reads it back.
 */
public final class MediaUrls {

    private MediaUrls() {
    }

    public static String of(long assetId, int width) {
        return "/media/" + assetId + "/" + width;
    }
}
