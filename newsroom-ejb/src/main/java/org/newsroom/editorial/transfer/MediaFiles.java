package org.newsroom.editorial.transfer;

import java.util.Locale;
import java.util.Map;

/**
 * Where a binary value lives in the export directory: a picture's rendition under
 * {@code media/<asset id>/<rendition id>.<extension>} (a person can open it), anything else
 * binary under {@code media/<table>/<id>-<column>.bin}.
 */
final class MediaFiles {

    private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/png", "png",
            "image/webp", "webp", "image/gif", "gif", "image/avif", "avif");

    private MediaFiles() {
    }

    static String pathOf(String table, String column, String id, String assetId, String contentType) {
        if (assetId != null && id != null) {
            String extension = contentType == null ? "bin"
                    : EXTENSIONS.getOrDefault(contentType.toLowerCase(Locale.ROOT), "bin");
            return "media/" + assetId + "/" + id + "." + extension;
        }
        return "media/" + table + "/" + id + "-" + column + ".bin";
    }
}
