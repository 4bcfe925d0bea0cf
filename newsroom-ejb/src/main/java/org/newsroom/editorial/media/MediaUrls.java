package org.newsroom.editorial.media;

import java.util.Optional;
import org.newsroom.editorial.workflow.BodySanitizer;

/**
 * The one shape of a media-library address, {@code /media/{id}/{width}} (served by the
 * reader site): how the console writes it into a body and how the sanitizer recognises it.
 */
public final class MediaUrls {

    private MediaUrls() {
    }

    public static String of(long assetId, int width) {
        return "/media/" + assetId + "/" + width;
    }

    /** The asset an address points at, if it is one of ours. */
    public static Optional<Long> assetOf(String src) {
        return BodySanitizer.mediaAsset(src);
    }
}
