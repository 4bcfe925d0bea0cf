package org.newsroom.editorial.media;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * How a camera says its picture must be turned to stand upright: the EXIF Orientation tag
 * (274), values 1 to 8 in the order of the standard. A phone held upright stores its
 * sensor's landscape pixels and writes 6 ("turn a quarter clockwise"); browsers would
 * honour that on the original file, but renditions are drawn afresh without metadata, so
 * the turn is made in their pixels.
 *
 * <p>Each value is the linear part of the affine map from stored to upright pixels; the
 * shift that brings the picture back into view follows from it (see {@link #upright}).
 */
enum Orientation {
    UPRIGHT(1, 0, 0, 1),
    MIRRORED(-1, 0, 0, 1),
    UPSIDE_DOWN(-1, 0, 0, -1),
    UPSIDE_DOWN_MIRRORED(1, 0, 0, -1),
    /** Mirrored along the diagonal from top left: rows become columns. */
    TRANSPOSED(0, 1, 1, 0),
    TURNED_CLOCKWISE(0, 1, -1, 0),
    /** Mirrored along the other diagonal. */
    TRANSVERSED(0, -1, -1, 0),
    TURNED_COUNTER_CLOCKWISE(0, -1, 1, 0);

    /** Upright x = m00 · x + m01 · y, upright y = m10 · x + m11 · y (plus the shift). */
    private final int m00;
    private final int m10;
    private final int m01;
    private final int m11;

    Orientation(int m00, int m10, int m01, int m11) {
        this.m00 = m00;
        this.m10 = m10;
        this.m01 = m01;
        this.m11 = m11;
    }

    /** Values outside 1 to 8 (cameras do write 0) mean nothing to turn. */
    static Orientation ofExif(int value) {
        return value >= 1 && value <= values().length ? values()[value - 1] : UPRIGHT;
    }

    /**
     * The orientation the file's EXIF block states (JPEG, or a PNG's eXIf chunk); upright
     * when there is none or it cannot be read: the pixels, not the metadata, decide whether
     * a picture is usable.
     */
    static Orientation of(byte[] file) {
        try {
            ExifIFD0Directory exif = ImageMetadataReader.readMetadata(new ByteArrayInputStream(file))
                    .getFirstDirectoryOfType(ExifIFD0Directory.class);
            Integer value = exif == null ? null : exif.getInteger(ExifDirectoryBase.TAG_ORIENTATION);
            return value == null ? UPRIGHT : ofExif(value);
        } catch (ImageProcessingException | IOException unreadable) {
            return UPRIGHT;
        }
    }

    /** Whether upright the stored width becomes the height. */
    boolean swapsSides() {
        return m00 == 0;
    }

    int uprightWidth(int storedWidth, int storedHeight) {
        return swapsSides() ? storedHeight : storedWidth;
    }

    int uprightHeight(int storedWidth, int storedHeight) {
        return swapsSides() ? storedWidth : storedHeight;
    }

    /** The picture as it should be seen; the same image when it already is. Pixels are moved, never blended. */
    BufferedImage upright(BufferedImage stored) {
        if (this == UPRIGHT) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        // A negative factor flips the picture out of view (x' = −x lies in −w..0): shift it back by that side.
        AffineTransform turn = new AffineTransform(m00, m10, m01, m11,
                (m00 < 0 ? w : 0) + (m01 < 0 ? h : 0), (m10 < 0 ? w : 0) + (m11 < 0 ? h : 0));
        boolean alpha = stored.getColorModel().hasAlpha();
        BufferedImage upright = new BufferedImage(uprightWidth(w, h), uprightHeight(w, h),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = upright.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(stored, turn, null);
        } finally {
            g.dispose();
        }
        return upright;
    }
}
