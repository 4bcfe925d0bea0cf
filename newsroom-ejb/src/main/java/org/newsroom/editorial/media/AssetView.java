package org.newsroom.editorial.media;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.newsroom.domain.media.MediaAsset;
import org.newsroom.domain.media.MediaRendition;

/**
 * An image of the library as staff see it; {@code described} says whether stories may use it yet,
 * and {@code version} is what a describe quotes (the staff API's ETag).
 */
public record AssetView(long id, long version, String fileName, String contentType, int width, int height, String altText,
                        String caption, String credit, Instant createdAt, boolean described, List<Integer> renditionWidths) implements Serializable {

    static AssetView of(MediaAsset asset) {
        return new AssetView(asset.getId(), asset.getVersion(), asset.getFileName(), asset.getContentType(), asset.getWidth(), asset.getHeight(),
                asset.getAltText(), asset.getCaption(), asset.getCredit(), asset.getCreatedAt(), asset.isDescribed(),
                asset.getRenditions().stream().map(MediaRendition::getWidth).toList());
    }

    /** The reader site's address of the rendition closest to {@code wanted} pixels wide. */
    public String url(int wanted) {
        return MediaUrls.of(id, wanted);
    }
}
