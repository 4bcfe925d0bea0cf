package org.newsroom.editorial.media;

import java.util.function.Function;
import org.newsroom.editorial.configuration.Setting;

/**
 * How big an upload may be: bytes on the wire and decoded pixels (a small file can
 * declare a huge picture and exhaust memory when decoded). Read from
 * {@code newsroom.media.max.bytes} / {@code NEWSROOM_MEDIA_MAX_BYTES} and
 * {@code newsroom.media.max.pixels} / {@code NEWSROOM_MEDIA_MAX_PIXELS}.
 */
public record MediaLimits(long maxBytes, long maxPixels) {

    public static final long DEFAULT_MAX_BYTES = Long.parseLong(Setting.MEDIA_MAX_BYTES.defaultValue());
    public static final long DEFAULT_MAX_PIXELS = Long.parseLong(Setting.MEDIA_MAX_PIXELS.defaultValue());
    /** Either side longer than this is refused whatever the pixel count (a 1 × 10,000,000 strip is no photo). */
    public static final int MAX_SIDE = 20_000;

    public MediaLimits {
        if (maxBytes < 1 || maxPixels < 1) {
            throw new IllegalArgumentException("Media limits must be positive");
        }
    }

    /** The limits in effect; a setting that is not a positive whole number falls back to its default. */
    public static MediaLimits configured() {
        return new MediaLimits(Setting.MEDIA_MAX_BYTES.number(), Setting.MEDIA_MAX_PIXELS.number());
    }

    /** The limits these values (property name → value) give: for tests without a server. */
    static MediaLimits from(Function<String, String> values) {
        return new MediaLimits(Setting.MEDIA_MAX_BYTES.number(values), Setting.MEDIA_MAX_PIXELS.number(values));
    }

    /** For messages: 10 MiB, 512 KiB, 900 bytes. */
    public static String readable(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
